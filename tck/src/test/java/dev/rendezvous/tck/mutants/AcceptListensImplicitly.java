package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;

/** Accept on a bound socket that is not listening marks it listening itself and waits for a client. */
@Breaks(
        value = "SERVER-LISTEN-THEN-ACCEPT",
        how = "accept on a bound socket that is not listening starts listening and blocks")
public final class AcceptListensImplicitly extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        try {
            return target.accept(fd, from);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EINVAL || !isBound(fd)) {
                throw e;
            }
            target.listen(fd, 5);
            return target.accept(fd, from);
        }
    }

    private boolean isBound(int fd) throws ErrnoException {
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        target.getsockname(fd, b);
        Sockaddr name = b.name();
        return name.family() == AddressFamily.AF_UNIX ? !name.isUnnamed() : name.port() != 0;
    }
}
