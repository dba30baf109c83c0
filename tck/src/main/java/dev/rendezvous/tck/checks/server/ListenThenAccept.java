package dev.rendezvous.tck.checks.server;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.checks.steps.BytesCross;

/**
 * SERVER-LISTEN-THEN-ACCEPT, the two steps done: after bind, listen with a drawn backlog marks
 * the socket as listening, a client connects, and accept returns its connection (bytes cross
 * from the client to the accepted socket).
 */
final class ListenThenAccept extends Property {
    ListenThenAccept() {
        super("SERVER-LISTEN-THEN-ACCEPT", "accept-after-listen");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.bound(family);
        int backlog = c.between(1, 8);
        c.stack().listen(server.fd(), backlog);
        int client = c.socket(family);
        Bounded.connect(c, client, server.name(), "a client of a socket marked as listening");
        int accepted;
        try {
            accepted = Bounded.accept(c, server.fd(), null, "listening, a client has connected");
        } catch (ErrnoException e) {
            throw new Violation("accept(" + server.fd() + ") after bind and listen(" + backlog + ") failed with "
                    + e.errno().describe() + "; the two steps done, it must return the client's connection");
        }
        BytesCross.oneWay(c, client, accepted, "the connection accept returned after listen");
    }
}
