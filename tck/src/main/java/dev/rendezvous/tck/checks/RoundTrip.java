package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;

/**
 * CONNECT-INITIATES: socket → bind → listen → connect → accept, for every claimed family; the
 * accepted socket is a new descriptor, distinct from both ends.
 */
final class RoundTrip extends Property {
    RoundTrip() {
        super("CONNECT-INITIATES", "round-trip");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family, c.between(1, 8));
        int client = c.connectedClient(server);
        int accepted = c.stack().accept(server.fd(), null);
        Expect.that(accepted != server.fd() && accepted != client,
                "accept returned descriptor %d, which is already open (listener %d, client %d)",
                accepted, server.fd(), client);
        Expect.sameName("the client's peer after connect (the server's socket it initiated a connection to)",
                server.name(), c.peerOf(client));
        c.stack().close(accepted);
        c.stack().close(client);
        c.stack().close(server.fd());
    }
}
