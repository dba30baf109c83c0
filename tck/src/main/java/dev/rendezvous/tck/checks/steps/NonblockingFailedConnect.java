package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Violation;
import java.util.Set;

/**
 * A connect in non-blocking mode to a name where no server listens, followed until its error is
 * reported. The first connect gives EINPROGRESS or the error at once; after EINPROGRESS, the SPI
 * reports the outcome through a later connect: EALREADY while the attempt is pending, then the
 * connection's error. A return, EISCONN, or a new EINPROGRESS (a new attempt, the first one's
 * error never returned) says the failed connection was not reported as a failure.
 */
public final class NonblockingFailedConnect {
    /** What the properties of a failed non-blocking connect need beyond their clause. */
    public static final Set<Feature> NEEDS = Set.of(Feature.NONBLOCKING);

    private NonblockingFailedConnect() {}

    /**
     * A new socket of the family whose non-blocking connect to a name where no server listens
     * (held by a socket bound without listen) failed, the failure reported.
     */
    public static int failedClient(Case c, int family) throws Exception {
        Sockaddr refused = FailedConnect.refusedName(c, family);
        int client = c.socket(family);
        reported(c, client, refused, "an unbound socket");
        return client;
    }

    /**
     * As {@link #failedClient}, for a property about what a reported failure leaves behind: a
     * failure not reported as one is CONNECT-ERROR-RETURNED's to judge, and leaves this property
     * nothing to check.
     */
    public static int failedClientToLookAt(Case c, int family) throws Exception {
        try {
            return failedClient(c, family);
        } catch (Violation notReported) {
            throw new NotVerifiedException(
                    notReported.getMessage() + "; there is no reported failure to check what it leaves behind");
        }
    }

    /**
     * Sets {@code fd} to non-blocking mode, connects it to {@code refused} and returns the errno
     * the failure was reported with, waiting no longer than the event deadline for it.
     *
     * @param socket which socket it is, for the messages
     */
    public static Errno reported(Case c, int fd, Sockaddr refused, String socket) throws ErrnoException {
        c.stack().setBlocking(fd, false);
        String connect = "connect(" + fd + ", " + refused.describe() + ") in non-blocking mode on " + socket
                + ", where no server listens";
        Errno first = FailedConnect.expect(c, fd, refused.bytes(), refused.length(), connect);
        if (first != Errno.EINPROGRESS) {
            expectAnError(first, connect + " gave " + first.describe() + " at once");
            return first;
        }
        long deadline = System.nanoTime() + c.knobs().eventDeadline().toNanos();
        int tries = 1;
        while (true) {
            Errno later = FailedConnect.outcome(c, fd, refused.bytes(), refused.length());
            String what = "after " + connect + " gave EINPROGRESS, later connect " + tries;
            if (later == null) {
                throw new Violation(what + " returned 0: the connection cannot succeed, its error must be returned");
            }
            if (later != Errno.EALREADY) {
                expectAnError(later, what + " gave " + later.describe());
                return later;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new Violation(what + " still gave " + later.describe() + " after "
                        + c.knobs().eventDeadline().toMillis()
                        + " ms: the attempt never ended, so its error was never returned");
            }
            tries++;
            Thread.yield();
        }
    }

    private static void expectAnError(Errno errno, String what) {
        if (errno == Errno.EISCONN) {
            throw new Violation(what + ": the socket claims a connection that cannot exist; an error must be returned");
        }
        if (errno == Errno.EINPROGRESS || errno == Errno.EALREADY) {
            throw new Violation(what + ": a new attempt, so the failed connection's error was never returned");
        }
    }
}
