package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.checks.steps.StreamEnds;

/**
 * ACCEPT-CLOSE-UNWANTED, all at once: 1 to 3 clients connect and wait in the queue; the server
 * closes the listener without accepting them, which closes down every connection it has not
 * accepted. Each client then reads the end of the stream (recv 0) or ECONNRESET within the
 * event deadline; none is left hanging. Linux resets them (ECONNRESET) in every family.
 */
final class ListenerClosedUnderClients extends Property {
    private static final int MAX_CLIENTS = 3;

    ListenerClosedUnderClients() {
        super("ACCEPT-CLOSE-UNWANTED", "listener-closed-under-clients");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family, MAX_CLIENTS);
        int count = c.between(1, MAX_CLIENTS);
        int[] clients = new int[count];
        for (int i = 0; i < count; i++) {
            clients[i] = c.socket(family);
            Bounded.connect(c, clients[i], server.name(), "client " + (i + 1) + " of " + count);
        }
        c.stack().close(server.fd());
        for (int i = 0; i < count; i++) {
            StreamEnds.expect(
                    c,
                    clients[i],
                    "the server closed its listener " + server.fd() + " with client " + (i + 1) + " of " + count
                            + " queued, never accepted");
        }
    }
}
