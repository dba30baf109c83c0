package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.BlockedAccept;
import dev.rendezvous.tck.checks.steps.Bounded;

/**
 * ACCEPT-SIGNAL: a signal to the process is {@link Thread#interrupt()} of the thread blocked in
 * accept (the SPI's convention). The accept, blocked for the quiet window with nothing pending,
 * then ends with EINTR within the event deadline; on return the thread's interrupt status is
 * clear (the signal was delivered); and the listener stays open: the next client is accepted.
 */
final class InterruptedAcceptFails extends Property {
    /** How the interrupted accept ended, seen from its own thread. */
    private record Ending(int descriptor, Errno errno, boolean stillInterrupted) {}

    InterruptedAcceptFails() {
        super("ACCEPT-SIGNAL", "interrupt-eintr");
    }

    @Override
    public int maxTries() {
        return 3;
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        Pending<Ending> accept = BlockedAccept.start(c, server, () -> {
            try {
                int fd = c.stack().accept(server.fd(), null);
                return new Ending(fd, null, Thread.currentThread().isInterrupted());
            } catch (ErrnoException e) {
                return new Ending(-1, e.errno(), Thread.currentThread().isInterrupted());
            }
        });
        accept.thread().interrupt();
        Ending end;
        try {
            end = accept.await(c.knobs().eventDeadline());
        } catch (Violation v) {
            throw new Violation(
                    "after Thread.interrupt() (a signal to the process) of the thread blocked in it: " + v.getMessage(),
                    v);
        }
        Expect.that(
                end.errno() != null,
                "accept(%d), interrupted with nothing pending, returned descriptor %d; expected %s",
                server.fd(),
                end.descriptor(),
                Errno.EINTR.describe());
        Expect.that(
                end.errno() == Errno.EINTR,
                "accept(%d), interrupted by a signal (Thread.interrupt()), failed with %s; expected %s",
                server.fd(),
                end.errno().describe(),
                Errno.EINTR.describe());
        Expect.that(
                !end.stillInterrupted(),
                "accept(%d) failed with EINTR but left the thread's interrupt status set; on return the signal "
                        + "is delivered and the status clear",
                server.fd());
        int client = c.socket(family);
        Bounded.connect(
                c, client, server.name(), "the next client, after accept(" + server.fd() + ") was interrupted,");
        try {
            Bounded.accept(c, server.fd(), null, "after EINTR the listener stays usable; a client has connected");
        } catch (ErrnoException e) {
            throw new Violation(
                    "after the interrupted accept, accept(" + server.fd() + ") of the next client failed with "
                            + e.errno().describe() + "; the listener must stay open and usable");
        }
    }
}
