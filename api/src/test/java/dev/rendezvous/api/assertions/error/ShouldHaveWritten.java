package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.assertions.presentation.MarkedHex;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A value-result array whose first bytes are not the first bytes of the expected name. */
public final class ShouldHaveWritten extends BasicErrorMessageFactory {
    private ShouldHaveWritten(int count, Sockaddr name, String difference) {
        super(
                "%nExpecting the call to have written the first %s bytes of the name:%n  %s%n"
                        + "into the array, but %s",
                unquotedString(Integer.toString(count)), name, unquotedString(difference));
    }

    /**
     * The message for an array that differs from the name within the first {@code count}
     * bytes; the bar in the rendering marks where the written bytes should end.
     */
    public static ErrorMessageFactory shouldHaveWritten(byte[] array, int count, Sockaddr name) {
        byte[] expected = name.bytes();
        int at = FirstDifference.of(array, expected, count);
        String difference = String.format(
                "offset %d holds %s where the name has %s:%n  array: %s%n  name:  %s",
                at,
                MarkedHex.pair(array[at]),
                MarkedHex.pair(expected[at]),
                MarkedHex.of(array, count, at),
                MarkedHex.of(expected, count, at));
        return new ShouldHaveWritten(count, name, difference);
    }
}
