package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** A forwarding stack that mishandles an accept interrupted with EINTR, in the way a subclass says. */
abstract class InterruptedAcceptMutant extends ForwardingStack {
    @Override
    public final int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        try {
            return target.accept(fd, from);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EINTR) {
                throw e;
            }
            return interrupted(fd, from, e);
        }
    }

    /** What the mutant does instead of failing with {@code eintr} and leaving all else as it was. */
    abstract int interrupted(int fd, SockaddrBuffer from, ErrnoException eintr) throws ErrnoException;
}
