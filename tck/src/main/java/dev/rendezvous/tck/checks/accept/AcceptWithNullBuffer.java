package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.BytesCross;

/**
 * ACCEPT-NULL-POINTER: accept with a null buffer (the client's name not of interest) returns a
 * working connection: drawn bytes cross both ways, and the client's name is still there through
 * getpeername of the accepted socket.
 */
final class AcceptWithNullBuffer extends Property {
    AcceptWithNullBuffer() {
        super("ACCEPT-NULL-POINTER", "null-buffer");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        int client = c.connectedClient(server);
        int accepted;
        try {
            accepted = c.stack().accept(server.fd(), null);
        } catch (ErrnoException e) {
            throw new Violation("accept(" + server.fd() + ", NULL, NULL) failed with "
                    + e.errno().describe() + "; the second parameter may be a null pointer");
        }
        Expect.sameName(
                "getpeername(" + accepted + ") of the socket accept returned without a buffer, against the"
                        + " client's getsockname(" + client + ")",
                c.nameOf(client),
                c.peerOf(accepted));
        BytesCross.bothWays(c, client, accepted, "the connection accept returned without a buffer");
    }
}
