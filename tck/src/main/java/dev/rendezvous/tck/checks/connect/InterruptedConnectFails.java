package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.LabProperty;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.lab.LabGaps;
import dev.rendezvous.tck.lab.LabTarget;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CONNECT-SIGNAL: the connect paragraph's pointer to signals. In the network lab, a blocking
 * connect of an unbound socket to a destination whose SYNs are dropped cannot complete for
 * seconds; after the quiet window the thread blocked in it is interrupted (the SPI's signal). (A
 * connect that ends before, without blocking, leaves nothing to interrupt: the case is not
 * counted; ERROR-ETIMEDOUT judges such an answer.) The
 * connect fails with EINTR within the event deadline and leaves the thread's interrupt status
 * clear. The connection goes on: a later connect on the same socket — non-blocking where the
 * implementation claims it, else blocking — gives EALREADY while it is in progress, EISCONN or
 * success once established, or the connection's error (ETIMEDOUT, after the lost SYNs' wait).
 */
public final class InterruptedConnectFails extends LabProperty {
    /** What a later connect may give: in progress, established, or the connection's error. */
    private static final Set<Errno> LATER =
            EnumSet.of(Errno.EALREADY, Errno.EISCONN, Errno.ETIMEDOUT, Errno.EHOSTUNREACH, Errno.ENETUNREACH);

    /** How the interrupted connect ended, seen from its own thread. */
    private record Ending(Errno errno, boolean stillInterrupted) {}

    public InterruptedConnectFails() {
        super("CONNECT-SIGNAL", "interrupt-eintr");
    }

    @Override
    public int maxTries() {
        return 2;
    }

    /** A blocking later connect waits for the lost SYNs' outcome: seconds, as ERROR-ETIMEDOUT's. */
    @Override
    public Duration callDeadline(Knobs knobs) {
        return Collections.max(List.of(knobs.callDeadline(), Duration.ofSeconds(12)));
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        List<LabTarget> targets = c.lab().targets().stream()
                .filter(t -> t.family() == family && t.expected().contains(Errno.ETIMEDOUT))
                .collect(Collectors.toList());
        if (targets.isEmpty()) {
            throw new NotVerifiedException(LabGaps.whyNoTarget(Errno.ETIMEDOUT, family)
                    .orElse("the lab offers no destination that drops SYNs for " + AddressFamily.name(family)));
        }
        LabTarget target = c.choices().pick(targets);
        Sockaddr to = Sockaddr.inet(target.socketAddress());
        int fd = c.socket(family);
        String call = "connect(" + fd + ", " + to.describe() + ") where " + target.how();
        Pending<Ending> connect = c.inBackground(call, () -> {
            try {
                c.stack().connect(fd, to.bytes(), to.length());
                return new Ending(null, Thread.currentThread().isInterrupted());
            } catch (ErrnoException e) {
                return new Ending(e.errno(), Thread.currentThread().isInterrupted());
            }
        });
        if (Pending.anyDoneWithin(c.knobs().quietWindow(), connect)) {
            Ending early = connect.await(c.knobs().eventDeadline());
            c.assume(
                    false,
                    call + " did not block: it "
                            + (early.errno() == null ? "returned 0" : "failed with " + early.errno())
                            + " within the quiet window, before any signal (ERROR-ETIMEDOUT judges that)");
        }
        connect.thread().interrupt();
        Ending end;
        try {
            end = connect.await(c.knobs().eventDeadline());
        } catch (Violation v) {
            throw new Violation(
                    "after Thread.interrupt() (a signal to the process) of the thread blocked in it: " + v.getMessage(),
                    v);
        }
        Expect.that(
                end.errno() == Errno.EINTR,
                "%s, interrupted by a signal (Thread.interrupt()), %s; expected %s",
                call,
                end.errno() == null
                        ? "returned 0"
                        : "failed with " + end.errno().describe(),
                Errno.EINTR.describe());
        Expect.that(
                !end.stillInterrupted(),
                "%s failed with EINTR but left the thread's interrupt status set; on return the signal is delivered"
                        + " and the status clear",
                call);
        expectConnectionGoesOn(c, fd, to, call);
    }

    private void expectConnectionGoesOn(Case c, int fd, Sockaddr to, String call) throws Exception {
        boolean nonBlocking = c.claimed().contains(Feature.NONBLOCKING);
        if (nonBlocking) {
            c.stack().setBlocking(fd, false);
        }
        String later = "a later " + (nonBlocking ? "non-blocking " : "") + "connect(" + fd + ") after " + call
                + " failed with EINTR";
        Errno got = c.inBackground(later, () -> {
                    try {
                        c.stack().connect(fd, to.bytes(), to.length());
                        return null;
                    } catch (ErrnoException e) {
                        return e.errno();
                    }
                })
                .await(callDeadline(c.knobs()));
        Expect.that(
                got != null && LATER.contains(got),
                "%s %s; the connection goes on after the signal: expected %s while it is in progress, %s once"
                        + " established, or the connection's error (%s)",
                later,
                got == null
                        ? "returned 0, but no connection to a destination that drops SYNs can be established"
                        : "gave " + got.describe(),
                Errno.EALREADY.name(),
                Errno.EISCONN.name(),
                Errno.ETIMEDOUT.name());
    }
}
