package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A name of another length than expected. */
public final class ShouldHaveLength extends BasicErrorMessageFactory {
    private ShouldHaveLength(Sockaddr actual, int expected) {
        super(
                "%nExpecting name:%n  %s%nto have length:%n  %s%nbut had:%n  %s",
                actual, unquotedString(Integer.toString(expected)), unquotedString(Integer.toString(actual.length())));
    }

    /** The message for a name whose length is not {@code expected}. */
    public static ErrorMessageFactory shouldHaveLength(Sockaddr actual, int expected) {
        return new ShouldHaveLength(actual, expected);
    }
}
