package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.Hex;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Violation;
import java.util.Arrays;

/**
 * The value-result discipline of accept, getsockname and getpeername, checked with canary
 * bytes: the length comes back as the true size of the name, exactly min(offered, true size)
 * bytes of the name are written, and nothing past them is touched.
 */
public final class ValueResult {
    /** {@code sizeof(struct sockaddr_storage)} on Linux: the largest size a C caller usually offers. */
    public static final int SIZEOF_SOCKADDR_STORAGE = 128;

    /** What fills the array before the call; any other byte past the name's bytes was written by the call. */
    public static final byte CANARY = (byte) 0xA5;
    /** Canary bytes past the offered space. */
    private static final int GUARD = 8;

    private ValueResult() {}

    /**
     * An offered length, drawn (smallest first) either from 0 to just past the name's true size,
     * where truncation happens, or from 0 to past the largest name.
     */
    public static int drawOffered(Case c, Sockaddr name) {
        int top = c.choices().flip() ? Sockaddr.SIZEOF_SOCKADDR_UN : name.length();
        return c.between(0, top + 4);
    }

    /** A buffer offering {@code offered} bytes of an array filled with canaries, with more canaries past it. */
    public static SockaddrBuffer canaried(int offered) {
        byte[] b = new byte[offered + GUARD];
        Arrays.fill(b, CANARY);
        return new SockaddrBuffer(b, offered);
    }

    /** What {@code call} must have left in a buffer from {@link #canaried}, for the true name {@code name}. */
    public static void expect(String call, int offered, Sockaddr name, SockaddrBuffer buffer) {
        byte[] b = buffer.storage();
        Expect.that(
                buffer.length() == name.length(),
                "%s with %d bytes offered set the length to %d, but the true size of the name %s is %d",
                call,
                offered,
                buffer.length(),
                name,
                name.length());
        int written = Math.min(offered, name.length());
        byte[] expected = Arrays.copyOf(name.bytes(), written);
        Expect.sameBytes(
                call + " with " + offered + " bytes offered: the first " + written + " bytes",
                expected,
                Arrays.copyOf(b, written));
        for (int i = written; i < b.length; i++) {
            if (b[i] != CANARY) {
                throw new Violation(call + " with " + offered + " bytes offered wrote "
                        + (i < offered ? "more than the " + written + " bytes of the name" : "past the offered space")
                        + " at offset " + i + ": [" + Hex.of(b) + "] (canary " + Hex.of(new byte[] {CANARY}) + ")");
            }
        }
    }
}
