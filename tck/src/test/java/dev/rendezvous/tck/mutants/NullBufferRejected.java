package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** Refuses accept without a buffer for the client's name. */
@Breaks(value = "ACCEPT-NULL-POINTER", how = "accept with a null buffer fails with EFAULT")
public final class NullBufferRejected extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        if (from == null) {
            throw new ErrnoException(Errno.EFAULT, "no buffer for the client's name");
        }
        return target.accept(fd, from);
    }
}
