package dev.rendezvous.tck.checks;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;

/** The reference implementation, except that getpeername gives the socket's own name. */
public final class ConnectionsShowOwnNameAsPeer extends ForwardingStack {
    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        target.getsockname(fd, name);
    }
}
