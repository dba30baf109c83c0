package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.property.Gen;
import java.util.List;

/** Drawn byte strings sent across a connection, to show that it carries data. */
public final class BytesCross {
    private static final Gen<List<Integer>> BYTES = Gen.listOf(Gen.ints(0, 255), 1, 16);

    private BytesCross() {}

    /** A byte string of 1 to 16 drawn bytes (zeros first). */
    public static byte[] draw(Case c) {
        List<Integer> drawn = c.draw(BYTES);
        byte[] b = new byte[drawn.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = drawn.get(i).byteValue();
        }
        return b;
    }

    /**
     * Drawn bytes cross from {@code a} to {@code b} and back, intact; a failed send or recv is a
     * violation that starts with {@code context}.
     */
    public static void bothWays(Case c, int a, int b, String context) {
        oneWay(c, a, b, context);
        oneWay(c, b, a, context);
    }

    /** Drawn bytes cross from {@code from} to {@code to}, intact. */
    public static void oneWay(Case c, int from, int to, String context) {
        byte[] sent = draw(c);
        try {
            c.sendAll(from, sent);
            Expect.sameBytes(
                    context + ": the bytes sent on " + from + " and received on " + to,
                    sent,
                    c.recvExactly(to, sent.length));
        } catch (ErrnoException e) {
            throw new Violation(context + ": bytes could not cross from " + from + " to " + to + ": " + e.getMessage());
        }
    }
}
