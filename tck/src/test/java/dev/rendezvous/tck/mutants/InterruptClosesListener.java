package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** An interrupted accept fails with EINTR but closes the listener, as NIO's interruptible channels do. */
@Breaks(value = "ACCEPT-SIGNAL", how = "an interrupt closes the listener")
public final class InterruptClosesListener extends InterruptedAcceptMutant {
    @Override
    int interrupted(int fd, SockaddrBuffer from, ErrnoException eintr) throws ErrnoException {
        target.close(fd);
        throw eintr;
    }
}
