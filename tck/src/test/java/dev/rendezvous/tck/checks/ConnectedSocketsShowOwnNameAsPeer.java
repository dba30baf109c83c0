package dev.rendezvous.tck.checks;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.mutants.ForwardingStack;

/**
 * The reference implementation (or another stack), except that getpeername of a connected socket
 * gives the socket's own name; on an unconnected socket it fails as it should.
 */
public final class ConnectedSocketsShowOwnNameAsPeer extends ForwardingStack {
    public ConnectedSocketsShowOwnNameAsPeer() {}

    public ConnectedSocketsShowOwnNameAsPeer(SocketStack target) {
        super(target);
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        target.getpeername(fd, SockaddrBuffer.ofMaximumSize());
        target.getsockname(fd, name);
    }
}
