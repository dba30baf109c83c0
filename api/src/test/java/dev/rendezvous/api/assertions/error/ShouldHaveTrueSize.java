package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.SockaddrBuffer;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A value-result length that was not set to the true size of the name. */
public final class ShouldHaveTrueSize extends BasicErrorMessageFactory {
    private ShouldHaveTrueSize(SockaddrBuffer actual, int trueSize) {
        super(
                "%nExpecting the value-result length to reflect the true size of the name:%n  %s%n"
                        + "but it is:%n  %s%nin the buffer:%n  %s",
                unquotedString(Integer.toString(trueSize)), unquotedString(Integer.toString(actual.length())), actual);
    }

    /** The message for a buffer whose length is not {@code trueSize}. */
    public static ErrorMessageFactory shouldHaveTrueSize(SockaddrBuffer actual, int trueSize) {
        return new ShouldHaveTrueSize(actual, trueSize);
    }
}
