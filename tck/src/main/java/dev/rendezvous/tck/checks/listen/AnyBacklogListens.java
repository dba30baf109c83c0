package dev.rendezvous.tck.checks.listen;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.property.Gen;

/**
 * LISTEN-BACKLOG, any int: listen takes a backlog of 0, a negative one, the extremes of int
 * and huge ones (a stack rounds them as it sees fit), and the socket then listens: a client
 * connects and is accepted.
 */
final class AnyBacklogListens extends Property {
    private static final Gen<Integer> BACKLOGS = Gen.oneOf(
            Gen.constant(0),
            Gen.constant(-1),
            Gen.constant(Integer.MIN_VALUE),
            Gen.constant(Integer.MAX_VALUE),
            Gen.ints(9, Integer.MAX_VALUE),
            Gen.ints(Integer.MIN_VALUE, -2));

    AnyBacklogListens() {
        super("LISTEN-BACKLOG", "any-backlog");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int backlog = c.draw(BACKLOGS);
        Endpoint server = c.bound(family);
        try {
            c.stack().listen(server.fd(), backlog);
        } catch (ErrnoException e) {
            throw new Violation("listen(" + server.fd() + ", " + backlog + ") failed with "
                    + e.errno().describe() + "; the backlog only bounds the queue, and listen takes any int");
        }
        int client = c.socket(family);
        Bounded.connect(c, client, server.name(), "a client of a socket listening with backlog " + backlog);
        try {
            Bounded.accept(c, server.fd(), null, "listening with backlog " + backlog + ", a client has connected");
        } catch (ErrnoException e) {
            throw new Violation("accept(" + server.fd() + ") after listen with backlog " + backlog + " failed with "
                    + e.errno().describe());
        }
    }
}
