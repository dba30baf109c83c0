package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** Swallows the first interrupt of a blocked accept and goes on blocking (a second one ends it). */
@Breaks(value = "ACCEPT-SIGNAL", how = "an interrupt is ignored: accept keeps blocking")
public final class InterruptIgnoredOnce extends InterruptedAcceptMutant {
    @Override
    int interrupted(int fd, SockaddrBuffer from, ErrnoException eintr) throws ErrnoException {
        Thread.interrupted();
        return target.accept(fd, from);
    }
}
