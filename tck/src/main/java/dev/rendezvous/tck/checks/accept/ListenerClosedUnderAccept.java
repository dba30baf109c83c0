package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * ACCEPT-NEW-DESCRIPTOR, with the listener closed under a blocked accept: one thread blocks in
 * accept on a listener no client reaches; after the quiet window another closes the listener.
 * The accept may stay blocked (Linux: the call holds the socket; a client could still be
 * accepted by it) or fail with EBADF, EINVAL or ECONNABORTED; it never returns a descriptor,
 * since none is returned without a connection. The closed number is free at once: a call on it
 * gives EBADF, whatever the blocked call does.
 */
final class ListenerClosedUnderAccept extends Property {
    private static final Set<Errno> ENDED = EnumSet.of(Errno.EBADF, Errno.EINVAL, Errno.ECONNABORTED);

    ListenerClosedUnderAccept() {
        super("ACCEPT-NEW-DESCRIPTOR", "listener-closed-under-accept");
    }

    /** Few tries: each case waits two quiet windows. */
    @Override
    public int maxTries() {
        return 4;
    }

    @Override
    public Duration caseDeadline(Knobs knobs) {
        return super.caseDeadline(knobs).plus(knobs.quietWindow().multipliedBy(2));
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        int fd = server.fd();
        Pending<Integer> accept = c.inBackground(
                "accept(" + fd + ") blocked when another thread closed the listener",
                () -> c.stack().accept(fd, null));
        try {
            accept.expectStillRunningAfter(c.knobs().quietWindow(), "no client has connected");
        } catch (Violation early) {
            judgeEarlyReturn(accept, fd);
        }
        c.stack().close(fd);
        Expect.errno(
                "getsockname(" + fd + ") once close(" + fd + ") returned, an accept still in it"
                        + " (the descriptor must be free)",
                () -> c.stack().getsockname(fd, SockaddrBuffer.ofMaximumSize()),
                Errno.EBADF);
        try {
            accept.expectStillRunningAfter(c.knobs().quietWindow(), "no client has connected");
        } catch (Violation returned) {
            judgeReturn(accept, fd);
        }
    }

    /**
     * The accept returned before the listener was closed: a descriptor without a connection is a
     * violation; an errno means it did not block (ACCEPT-BLOCKS' sentence), so there is no blocked
     * accept to close the listener under.
     */
    private static void judgeEarlyReturn(Pending<Integer> accept, int fd) throws Exception {
        try {
            int got = accept.await(Duration.ZERO);
            throw new Violation("accept(" + fd + ") on a listener no client reaches returned descriptor " + got
                    + ": a new descriptor is returned only on receipt of a connection");
        } catch (ErrnoException e) {
            throw new NotVerifiedException("accept(" + fd + ") on a listener no client reaches failed with "
                    + e.errno().describe() + " instead of blocking: there is no blocked accept to close the listener"
                    + " under");
        }
    }

    /** The accept returned after its listener was closed: an errno of the allowed set, never a descriptor. */
    private static void judgeReturn(Pending<Integer> accept, int fd) throws Exception {
        try {
            int got = accept.await(Duration.ZERO);
            throw new Violation("accept(" + fd + "), blocked when another thread closed the listener, returned "
                    + "descriptor " + got + " although no client connected: a new descriptor is returned only on"
                    + " receipt of a connection");
        } catch (ErrnoException e) {
            Expect.that(
                    ENDED.contains(e.errno()),
                    "accept(%d), blocked when another thread closed the listener, failed with %s; expected it to"
                            + " stay blocked or fail with EBADF, EINVAL or ECONNABORTED",
                    fd,
                    e.errno().describe());
        }
    }
}
