package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accept hands out the connection of a client that has already closed without the bytes the
 * client sent: they are read and thrown away, only the end of the stream is left (a stack that
 * treats a connection closed before accept as empty). Clients are told by their names, so only
 * named ones (Internet) are affected.
 */
@Breaks(value = "CONNECT-ASSOCIATED", how = "accept throws away the bytes of a client that closed before it")
public final class ClosedClientsBytesDiscarded extends ForwardingStack {
    private final Set<Sockaddr> closedClients = ConcurrentHashMap.newKeySet();

    @Override
    public void close(int fd) throws ErrnoException {
        Sockaddr name = null;
        try {
            SockaddrBuffer peer = SockaddrBuffer.ofMaximumSize();
            target.getpeername(fd, peer);
            SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, own);
            name = own.name().isUnnamed() ? null : own.name();
        } catch (ErrnoException notConnected) {
            // not a client: nothing to remember
        }
        super.close(fd);
        if (name != null) {
            closedClients.add(name);
        }
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int accepted = super.accept(fd, from);
        SockaddrBuffer peer = SockaddrBuffer.ofMaximumSize();
        target.getpeername(accepted, peer);
        if (closedClients.remove(peer.name())) {
            discardWhatArrived(accepted);
        }
        return accepted;
    }

    private void discardWhatArrived(int fd) throws ErrnoException {
        target.setBlocking(fd, false);
        byte[] waste = new byte[4096];
        try {
            while (target.recv(fd, waste, 0, waste.length) > 0) {
                // thrown away
            }
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EAGAIN) {
                throw e;
            }
        } finally {
            target.setBlocking(fd, true);
        }
    }
}
