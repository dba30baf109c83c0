package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.assertions.CallOutcome;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A call that should have failed with an errno (or one of several) and did something else:
 * returned, failed with another errno, or threw another exception.
 */
public final class ShouldFailWith extends BasicErrorMessageFactory {
    private ShouldFailWith(String which, String expected, CallOutcome actual) {
        super(
                "%nExpecting the call to fail with%s:%n%s%nbut it %s",
                unquotedString(which), unquotedString(expected), unquotedString(actual.toString()));
    }

    /** The message for a call that should have failed with one of {@code expected}. */
    public static ErrorMessageFactory shouldFailWith(List<Errno> expected, CallOutcome actual) {
        String lines =
                expected.stream().map(e -> "  " + e.describe()).collect(Collectors.joining(System.lineSeparator()));
        return new ShouldFailWith(expected.size() == 1 ? "" : " one of", lines, actual);
    }
}
