package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Hex;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.ConnectedTrio;
import dev.rendezvous.tck.checks.steps.ValueResult;

/**
 * ACCEPT-VALUE-RESULT, the space a C caller can claim that is no space: fromlen "is initialized
 * by the server to show how much space is associated with from", and a negative length shows
 * none. accept, getsockname or getpeername (drawn) with a drawn negative length (-1, a drawn one
 * down to -2000, or INT_MIN) fails with EINVAL and writes nothing into the array.
 *
 * <p>For accept the client's connection was pending. Two outcomes are allowed: it stays pending
 * and the next accept returns it (the check comes first: the reference implementation), or it
 * was taken off the queue and closed, so the client sees the end of the stream or ECONNRESET
 * (Linux: the connection is dequeued before the length is read). A connection that is neither —
 * taken and kept, the client left waiting — is lost, and a violation.
 */
final class NegativeLengthIsEinval extends Property {
    NegativeLengthIsEinval() {
        super("ACCEPT-VALUE-RESULT", "negative-lengths");
    }

    @Override
    public int maxTries() {
        return 30;
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int length = drawNegative(c);
        SockaddrBuffer buffer = ValueResult.canaried(c.between(0, 16));
        buffer.setLength(length);
        int call = c.between(0, 2);
        if (call == 0) {
            acceptWith(c, family, buffer, length);
            return;
        }
        ConnectedTrio t = ConnectedTrio.open(c, family);
        int fd = c.choices()
                .pick(java.util.List.of(t.client(), t.accepted(), t.listener().fd()));
        boolean peer = call == 2 && fd != t.listener().fd();
        String what = (peer ? "getpeername(" : "getsockname(") + fd + ", &len=" + length + ")";
        Expect.errno(
                what + ": a negative length offers no space",
                () -> {
                    if (peer) {
                        c.stack().getpeername(fd, buffer);
                    } else {
                        c.stack().getsockname(fd, buffer);
                    }
                },
                Errno.EINVAL);
        expectUntouched(what, buffer);
    }

    /** -1, a drawn length down to -2000, or INT_MIN. */
    static int drawNegative(Case c) {
        switch (c.between(0, 2)) {
            case 0:
                return -1;
            case 1:
                return -c.between(1, 2000);
            default:
                return Integer.MIN_VALUE;
        }
    }

    private static void acceptWith(Case c, int family, SockaddrBuffer buffer, int length) throws Exception {
        Endpoint server = c.listener(family);
        int client = c.connectedClient(server);
        String what = "accept(" + server.fd() + ", &fromlen=" + length + ") with a client's connection pending";
        Expect.errno(
                what + ": a negative fromlen offers no space",
                () -> c.stack().accept(server.fd(), buffer),
                Errno.EINVAL);
        expectUntouched(what, buffer);
        Pending<Integer> next = c.inBackground(
                "the next accept(" + server.fd() + ")", () -> c.stack().accept(server.fd(), null));
        Pending<Integer> clientEnd = c.inBackground("recv(" + client + ") of the client", () -> {
            try {
                return c.stack().recv(client, new byte[1], 0, 1);
            } catch (ErrnoException e) {
                Expect.that(
                        e.errno() == Errno.ECONNRESET,
                        "after %s failed, recv(%d) of its client failed with %s; a connection closed by the server gives the end of the stream or %s",
                        what,
                        client,
                        e.errno().describe(),
                        Errno.ECONNRESET.describe());
                return 0;
            }
        });
        if (!Pending.anyDoneWithin(c.knobs().eventDeadline(), next, clientEnd)) {
            throw new Violation("after " + what + " failed with EINVAL, the client's connection was lost: the next"
                    + " accept did not return it and the client did not see its connection end within "
                    + c.knobs().eventDeadline().toMillis() + " ms (it stays pending, or is closed)");
        }
        if (next.isDone()) {
            int accepted = next.await(c.knobs().eventDeadline());
            Expect.sameName(
                    "the peer of the connection the next accept returned after " + what,
                    c.nameOf(client),
                    c.peerOf(accepted));
        } else {
            int got = clientEnd.await(c.knobs().eventDeadline());
            Expect.that(
                    got == 0,
                    "after %s failed, recv(%d) of its client read %d byte(s); the server sent nothing",
                    what,
                    client,
                    got);
        }
    }

    private static void expectUntouched(String what, SockaddrBuffer buffer) {
        for (byte b : buffer.storage()) {
            if (b != ValueResult.CANARY) {
                throw new Violation(what + " failed but wrote into the array: [" + Hex.of(buffer.storage()) + "]");
            }
        }
    }
}
