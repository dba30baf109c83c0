package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.checks.steps.BytesCross;

/**
 * ACCEPT-CLOSE-UNWANTED: the server accepts, looks at who the client is, and closes the
 * connection; the client (having sent drawn bytes the server never read, or none) then reads
 * the end of the stream (recv gives 0) or ECONNRESET within the event deadline, and the
 * listener keeps serving: the next client is accepted.
 */
final class ClosingAcceptedEndsClient extends Property {
    ClosingAcceptedEndsClient() {
        super("ACCEPT-CLOSE-UNWANTED", "close-accepted");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        int client = c.connectedClient(server);
        int accepted = c.stack().accept(server.fd(), SockaddrBuffer.ofMaximumSize());
        boolean unread = c.choices().flip();
        if (unread) {
            c.sendAll(client, BytesCross.draw(c));
        }
        c.stack().close(accepted);
        String unreadWords = unread ? " (with bytes from the client unread)" : "";
        try {
            int n = c.inBackground(
                            "recv(" + client + ") after the server closed the accepted socket " + accepted,
                            () -> c.stack().recv(client, new byte[16], 0, 16))
                    .await(c.knobs().eventDeadline());
            Expect.that(
                    n == 0,
                    "after the server closed accepted socket %d%s, the client's recv(%d) gave %d bytes; "
                            + "expected the end of the stream (0) or ECONNRESET",
                    accepted,
                    unreadWords,
                    client,
                    n);
        } catch (ErrnoException e) {
            Expect.that(
                    e.errno() == Errno.ECONNRESET,
                    "after the server closed accepted socket %d%s, the client's "
                            + "recv(%d) failed with %s; expected the end of the stream (0) or ECONNRESET",
                    accepted,
                    unreadWords,
                    client,
                    e.errno().describe());
        }
        int next = c.socket(family);
        Bounded.connect(c, next, server.name(), "the next client, after the server closed an unwanted connection,");
        try {
            Bounded.accept(
                    c,
                    server.fd(),
                    null,
                    "the listener keeps serving after closing an unwanted connection; a client has connected");
        } catch (ErrnoException e) {
            throw new Violation("after closing accepted socket " + accepted + ", accept(" + server.fd()
                    + ") of the next client failed with " + e.errno().describe());
        }
    }
}
