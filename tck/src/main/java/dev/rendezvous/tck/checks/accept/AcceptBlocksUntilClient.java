package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.BlockedAccept;
import dev.rendezvous.tck.checks.steps.BytesCross;

/**
 * ACCEPT-BLOCKS: a blocking accept with nothing pending (a buffer offered or not, drawn) has not
 * returned after the quiet window; once a client connects it returns within the event deadline,
 * with that client's connection (its name, and the bytes it sends).
 */
final class AcceptBlocksUntilClient extends Property {
    AcceptBlocksUntilClient() {
        super("ACCEPT-BLOCKS", "blocks-until-client");
    }

    @Override
    public int maxTries() {
        return 3;
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        SockaddrBuffer from = c.choices().flip() ? SockaddrBuffer.ofMaximumSize() : null;
        Pending<Integer> accept = BlockedAccept.start(c, server, () -> c.stack().accept(server.fd(), from));
        int client = c.connectedClient(server);
        int accepted;
        try {
            accepted = accept.await(c.knobs().eventDeadline());
        } catch (ErrnoException e) {
            throw new Violation("the blocked accept(" + server.fd() + ") failed with "
                    + e.errno().describe() + " once a client connected; it must return the connection");
        }
        Expect.sameName(
                "getpeername(" + accepted + ") of the socket the blocked accept returned, against the"
                        + " client's getsockname(" + client + ")",
                c.nameOf(client),
                c.peerOf(accepted));
        BytesCross.oneWay(c, client, accepted, "the connection the blocked accept returned");
    }
}
