package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * After a connect failed with EHOSTDOWN or ENETDOWN — when its SYN had gone out — getsockname
 * shows an unbound socket (the wildcard address, port 0): the name bound for the attempt is gone.
 * The errno itself is right.
 */
@Breaks(value = "CONNECT-NAME-REMAINS", how = "getsockname after EHOSTDOWN gives the wildcard with port 0")
public final class LabNameLostAfterHostDown extends ForwardingStack {
    private final Set<Integer> hostDown = ConcurrentHashMap.newKeySet();

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        try {
            super.connect(fd, address, length);
        } catch (ErrnoException e) {
            if (e.errno() == Errno.EHOSTDOWN || e.errno() == Errno.ENETDOWN) {
                hostDown.add(fd);
            }
            throw e;
        }
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        int offered = name.length();
        super.getsockname(fd, name);
        if (hostDown.contains(fd)) {
            Sockaddr unbound = Sockaddr.inet(
                    ShownName.wildcardLike(name.name().toInetSocketAddress().getAddress()), 0);
            ShownName.replace(name, offered, unbound);
        }
    }

    @Override
    public void close(int fd) throws ErrnoException {
        hostDown.remove(fd);
        super.close(fd);
    }
}
