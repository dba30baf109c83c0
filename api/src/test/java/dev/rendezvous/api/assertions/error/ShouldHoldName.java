package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.SockaddrBuffer;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A value-result buffer that does not hold a whole, decodable name after the call. */
public final class ShouldHoldName extends BasicErrorMessageFactory {
    private ShouldHoldName(SockaddrBuffer actual, String reason) {
        super(
                "%nExpecting the buffer to hold the name the call gave back:%n  %s%nbut %s",
                actual, unquotedString(reason));
    }

    /** The message for a buffer whose name was truncated: its true size exceeds the array. */
    public static ErrorMessageFactory shouldHoldWholeName(SockaddrBuffer actual) {
        return new ShouldHoldName(
                actual,
                "the name was truncated: its true size " + actual.length() + " exceeds the " + actual.storage().length
                        + "-byte array");
    }

    /** The message for a buffer whose first {@code length} bytes do not decode as a name. */
    public static ErrorMessageFactory shouldHoldDecodableName(SockaddrBuffer actual, Exception why) {
        return new ShouldHoldName(actual, "its bytes do not decode: " + why.getMessage());
    }
}
