package dev.rendezvous.tck.checks.alternatives;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;

/**
 * ALTERNATIVES-NONBLOCKING, the socket accept returns: it is in blocking mode whatever the
 * listener's mode (the SPI's accept; the BSDs let it inherit the listener's O_NONBLOCK, Linux
 * does not). With the listener in a drawn mode, a client connects and is accepted; a recv on the
 * accepted socket with nothing to read has not returned after the quiet window (no EAGAIN), and
 * returns the byte the client then sends within the event deadline.
 *
 * <p>A non-blocking accept that finds the connection not queued yet (EAGAIN) is followed by a
 * blocking one: the listener is set back to blocking mode first.
 */
final class AcceptedSocketBlocks extends Property {
    AcceptedSocketBlocks() {
        super("ALTERNATIVES-NONBLOCKING", "accepted-socket-blocks");
    }

    @Override
    public int maxTries() {
        return 8;
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        boolean nonBlockingListener = c.choices().flip();
        c.stack().setBlocking(server.fd(), !nonBlockingListener);
        int client = c.connectedClient(server);
        String mode = nonBlockingListener ? "a non-blocking listener" : "a blocking listener";
        int accepted = accept(c, server.fd(), nonBlockingListener);
        Pending<Integer> recv = c.inBackground(
                "recv(" + accepted + ") on the socket accepted from " + mode + ", with nothing to read", () -> {
                    byte[] b = new byte[1];
                    return c.stack().recv(accepted, b, 0, 1);
                });
        try {
            recv.expectStillRunningAfter(
                    c.knobs().quietWindow(),
                    "the socket accept returns is in blocking mode whatever the listener's mode");
        } catch (Violation v) {
            throw new Violation("the socket accepted from " + mode + " is not in blocking mode: " + v.getMessage(), v);
        }
        c.sendAll(client, new byte[] {42});
        int n = recv.await(c.knobs().eventDeadline());
        Expect.that(n == 1, "recv(%d) on the accepted socket returned %d once the client sent 1 byte", accepted, n);
    }

    private static int accept(Case c, int listener, boolean nonBlocking) throws Exception {
        if (nonBlocking) {
            try {
                return c.stack().accept(listener, null);
            } catch (ErrnoException e) {
                Expect.that(
                        e.errno() == Errno.EAGAIN,
                        "accept(%d) on a non-blocking listener after a client connected failed with %s",
                        listener,
                        e.errno().describe());
                c.stack().setBlocking(listener, true);
            }
        }
        return Bounded.accept(c, listener, null, "a client has connected");
    }
}
