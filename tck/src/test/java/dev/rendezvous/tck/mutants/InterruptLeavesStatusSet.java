package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** An interrupted accept fails with EINTR but leaves the thread's interrupt status set. */
@Breaks(value = "ACCEPT-SIGNAL", how = "an interrupt leaves the thread's interrupt status set")
public final class InterruptLeavesStatusSet extends InterruptedAcceptMutant {
    @Override
    int interrupted(int fd, SockaddrBuffer from, ErrnoException eintr) throws ErrnoException {
        Thread.currentThread().interrupt();
        throw eintr;
    }
}
