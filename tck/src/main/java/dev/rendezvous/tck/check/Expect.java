package dev.rendezvous.tck.check;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Hex;
import dev.rendezvous.api.Sockaddr;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a property expects; each failed expectation is a {@link Violation} whose message shows the bytes. */
public final class Expect {
    private Expect() {}

    /** A call that must fail with an errno. */
    @FunctionalInterface
    public interface FailingCall {
        void run() throws ErrnoException;
    }

    /** The condition holds, else a violation with the formatted message. */
    public static void that(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new Violation(String.format(format, args));
        }
    }

    /**
     * {@code call} fails with one of the {@code allowed} errnos.
     *
     * @return the errno it failed with
     */
    public static Errno errno(String what, FailingCall call, Errno... allowed) {
        String expected = Arrays.stream(allowed).map(Errno::describe).collect(Collectors.joining(" or "));
        try {
            call.run();
        } catch (ErrnoException e) {
            if (Arrays.asList(allowed).contains(e.errno())) {
                return e.errno();
            }
            throw new Violation(
                    what + ": expected " + expected + ", got " + e.errno().describe());
        }
        throw new Violation(what + ": expected " + expected + ", but the call succeeded");
    }

    /** Two names are the same, byte for byte and in length. */
    public static void sameName(String what, Sockaddr expected, Sockaddr actual) {
        if (!expected.equals(actual)) {
            throw new Violation(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** Two byte ranges are equal. */
    public static void sameBytes(String what, byte[] expected, byte[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new Violation(what + ": expected [" + Hex.of(expected) + "], got [" + Hex.of(actual) + "]");
        }
    }
}
