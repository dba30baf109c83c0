package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.checks.steps.BytesCross;
import dev.rendezvous.tck.checks.steps.StreamEnds;

/**
 * CONNECT-ASSOCIATED, "data transfer may begin" at once: right after connect returns, before the
 * server accepts, the client sends drawn bytes (send must take them); drawn, the client then
 * closes. The server's accept still returns the connection within the event deadline, the bytes
 * are there, intact, and after them the stream ends (recv 0, or ECONNRESET) if the client closed,
 * or bytes cross back to the client if it did not. Linux: all of it, in every family, the end
 * being recv 0.
 */
final class BytesBeforeAccept extends Property {
    BytesBeforeAccept() {
        super("CONNECT-ASSOCIATED", "bytes-before-accept");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        int client = c.connectedClient(server);
        byte[] sent = BytesCross.draw(c);
        boolean closes = c.between(0, 1) == 1;
        String early = sent.length + " bytes the client sent right after connect, before accept"
                + (closes ? ", the client then closed" : "");
        try {
            c.sendAll(client, sent);
        } catch (ErrnoException e) {
            throw new Violation("send(" + client + ") right after connect returned failed with "
                    + e.errno().describe() + ": data transfer may begin once connect succeeds");
        }
        if (closes) {
            c.stack().close(client);
        }
        int accepted;
        try {
            accepted = Bounded.accept(c, server.fd(), null, "a client connected: " + early);
        } catch (ErrnoException e) {
            throw new Violation("accept(" + server.fd() + ") failed with "
                    + e.errno().describe() + " although a client connected and sent " + early);
        }
        byte[] received;
        try {
            received = c.inBackground(
                            "recv(" + accepted + ") of the " + early, () -> c.recvExactly(accepted, sent.length))
                    .await(c.knobs().eventDeadline());
        } catch (ErrnoException e) {
            throw new Violation("recv(" + accepted + ") of the " + early + " failed with "
                    + e.errno().describe());
        }
        Expect.sameBytes("the " + early + ", as the server received them", sent, received);
        if (closes) {
            StreamEnds.expect(c, accepted, "the " + early);
        } else {
            BytesCross.oneWay(c, accepted, client, "after the " + early + " arrived");
        }
    }
}
