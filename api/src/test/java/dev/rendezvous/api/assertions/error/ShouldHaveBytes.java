package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.assertions.presentation.MarkedHex;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A name that is not byte for byte (same length, same bytes) the expected one. */
public final class ShouldHaveBytes extends BasicErrorMessageFactory {
    private ShouldHaveBytes(Sockaddr actual, Sockaddr expected, String difference) {
        super(
                "%nExpecting name:%n  %s%nto be byte for byte:%n  %s%nbut %s",
                actual, expected, unquotedString(difference));
    }

    /** The message for two names that differ in length or in a byte. */
    public static ErrorMessageFactory shouldHaveBytes(Sockaddr actual, Sockaddr expected) {
        return new ShouldHaveBytes(actual, expected, difference(actual.bytes(), expected.bytes()));
    }

    private static String difference(byte[] actual, byte[] expected) {
        int at = FirstDifference.of(actual, expected, Math.max(actual.length, expected.length));
        String where;
        if (at >= actual.length || at >= expected.length) {
            where = String.format(
                    "the lengths differ (%d, expected %d); they agree on the first %d bytes",
                    actual.length, expected.length, at);
        } else {
            where = String.format(
                    "they differ first at offset %d (%s, expected %s)",
                    at, MarkedHex.pair(actual[at]), MarkedHex.pair(expected[at]));
        }
        return String.format(
                "%s:%n  actual:   %s%n  expected: %s",
                where, MarkedHex.marking(actual, at), MarkedHex.marking(expected, at));
    }
}
