package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** getpeername on a socket that is not connected gives the socket's own name instead of ENOTCONN. */
@Breaks(value = "CONNECTION-ASYMMETRIC", how = "getpeername on an unconnected socket returns a name")
public final class ModelPeerNameWhenUnconnected extends ForwardingStack {
    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        try {
            target.getpeername(fd, name);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.ENOTCONN) {
                throw e;
            }
            target.getsockname(fd, name);
        }
    }
}
