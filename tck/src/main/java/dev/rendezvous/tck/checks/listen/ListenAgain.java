package dev.rendezvous.tck.checks.listen;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;

/**
 * LISTEN-BACKLOG, said again: a socket listening with a drawn backlog (0 to 3), with 0 to 2
 * clients queued, is given listen again with another drawn backlog. The second listen succeeds
 * (or gives EINVAL: the contract does not say a backlog can be changed); either way the socket
 * keeps its name and the connections queued (accept returns each) and keeps listening: one more
 * client then connects and is accepted. Linux takes the new backlog (a UNIX listener moved from
 * 0 to 3 queues 4); the reference on NIO keeps the first.
 */
final class ListenAgain extends Property {
    ListenAgain() {
        super("LISTEN-BACKLOG", "listen-again");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int first = c.between(0, 3);
        int queued = c.between(0, Math.min(2, first));
        int second = c.between(0, 3);
        Endpoint server = c.listener(family, first);
        for (int i = 1; i <= queued; i++) {
            Bounded.connect(c, c.socket(family), server.name(), "client " + i + " of " + queued + " queued");
        }
        String again = "listen(" + server.fd() + ", " + second + ") again on a socket listening with backlog " + first
                + ", " + queued + " connections queued";
        try {
            c.stack().listen(server.fd(), second);
        } catch (ErrnoException e) {
            Expect.that(
                    e.errno() == Errno.EINVAL,
                    "%s failed with %s; expected success or EINVAL",
                    again,
                    e.errno().describe());
        }
        Expect.sameName("getsockname(" + server.fd() + ") after " + again, server.name(), c.nameOf(server.fd()));
        for (int i = 1; i <= queued; i++) {
            acceptWithin(c, server, "connection " + i + " of " + queued + " queued before " + again);
        }
        Bounded.connect(c, c.socket(family), server.name(), "a client after " + again + ",");
        acceptWithin(c, server, "the client that connected after " + again);
    }

    private static void acceptWithin(Case c, Endpoint server, String which) throws Exception {
        try {
            Bounded.accept(c, server.fd(), null, which);
        } catch (ErrnoException e) {
            throw new Violation("accept(" + server.fd() + ") of " + which + " failed with "
                    + e.errno().describe());
        }
    }
}
