package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Violation;

/**
 * Calls that must return: each runs on a thread of the case and is awaited no longer than the
 * event deadline, so that one that never returns is a violation saying what was expected, not
 * a hung case.
 */
public final class Bounded {
    private Bounded() {}

    /**
     * {@code accept(listener, from)}, which must return within the event deadline.
     *
     * @param expected why it must return, e.g. "a client has connected"
     */
    public static int accept(Case c, int listener, SockaddrBuffer from, String expected) throws Exception {
        return c.inBackground(
                        "accept(" + listener + ") (" + expected + ")",
                        () -> c.stack().accept(listener, from))
                .await(c.knobs().eventDeadline());
    }

    /**
     * {@code connect(fd, to)}, which must succeed within the event deadline; a failure is a
     * violation that starts with {@code what}.
     */
    public static void connect(Case c, int fd, Sockaddr to, String what) throws Exception {
        try {
            c.inBackground("connect(" + fd + ", " + to.describe() + ") of " + what, () -> {
                        c.stack().connect(fd, to.bytes(), to.length());
                        return null;
                    })
                    .await(c.knobs().eventDeadline());
        } catch (ErrnoException e) {
            throw new Violation(
                    what + " could not connect to " + to + ": " + e.errno().describe());
        }
    }
}
