package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name connect selects for an unbound Internet socket is shown but not held: another
 * socket's bind to it succeeds (a stack whose port table holds only the names bind gave). The
 * other socket gets a port of its own in fact, since the kernel below does hold the name.
 */
@Breaks(value = "CONNECT-AUTOBIND", how = "another socket's bind to a name connect selected succeeds")
public final class AutoboundNameNotHeld extends TrackingStack {
    private final Set<Integer> autobound = ConcurrentHashMap.newKeySet();

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        boolean unbound = !wasBound(fd);
        super.connect(fd, address, length);
        if (unbound && isInternet(fd)) {
            autobound.add(fd);
        }
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        try {
            super.bind(fd, address, length);
        } catch (ErrnoException e) {
            Sockaddr wanted = Sockaddr.decode(address, length);
            if (e.errno() != Errno.EADDRINUSE || !selectedByConnect(wanted)) {
                throw e;
            }
            Sockaddr anyPort = Sockaddr.inet(wanted.toInetSocketAddress().getAddress(), 0);
            super.bind(fd, anyPort.bytes(), anyPort.length());
        }
    }

    private boolean selectedByConnect(Sockaddr name) throws ErrnoException {
        for (int fd : autobound) {
            SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, own);
            if (own.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close(int fd) throws ErrnoException {
        autobound.remove(fd);
        super.close(fd);
    }
}
