package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import java.util.HashSet;
import java.util.Set;

/**
 * CONNECT-INITIATES: socket → bind → listen → connect → accept, for every claimed family. A few
 * clients (no more than the backlog) connect before the server accepts any: each connect
 * returns once its connection is established — the client is then connected to the server's
 * socket, without waiting for accept — and accept then returns each connection as a new
 * descriptor, distinct from every open one.
 */
final class RoundTrip extends Property {
    RoundTrip() {
        super("CONNECT-INITIATES", "round-trip");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int backlog = c.between(1, ClientSteps.MAX_BACKLOG);
        Endpoint server = ClientSteps.listenerAt(c, c.freshName(family), backlog);
        int clients = c.between(1, Math.min(backlog, 3));
        Set<Integer> open = new HashSet<>(Set.of(server.fd()));
        for (int i = 0; i < clients; i++) {
            int client = c.connectedClient(server);
            open.add(client);
            ClientSteps.expectPeer(
                    c, client, server.name(), "connect (client " + (i + 1) + " of " + clients + ", before any accept)");
        }
        for (int i = 0; i < clients; i++) {
            int accepted = ClientSteps.acceptWithin(c, server.fd(), "of connection " + (i + 1) + " of " + clients)
                    .fd();
            Expect.that(
                    open.add(accepted),
                    "accept returned descriptor %d, which is already open (listener %d; clients and accepted sockets %s)",
                    accepted,
                    server.fd(),
                    open);
        }
    }
}
