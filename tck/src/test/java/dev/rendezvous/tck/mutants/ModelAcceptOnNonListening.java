package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;

/**
 * accept on a socket that is not listening returns a new descriptor (a fresh socket of the same
 * family) instead of EINVAL.
 */
@Breaks(value = "CONNECTION-ASYMMETRIC", how = "accept on a socket that is not listening returns a descriptor")
public final class ModelAcceptOnNonListening extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        try {
            return target.accept(fd, from);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EINVAL) {
                throw e;
            }
            SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, own);
            return target.socket(Sockaddr.familyOf(own.storage()), SocketType.SOCK_STREAM);
        }
    }
}
