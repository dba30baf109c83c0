package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.assertions.presentation.MarkedHex;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A value-result array written past the space the caller offered. */
public final class ShouldBeUntouched extends BasicErrorMessageFactory {
    private ShouldBeUntouched(String facts, String rendering) {
        super("%nExpecting %s%n  array: %s", unquotedString(facts), unquotedString(rendering));
    }

    /**
     * The message for an array in which some byte from {@code offset} on is no longer
     * {@code canary}; the bar in the rendering marks {@code offset}, the brackets the first
     * byte written.
     */
    public static ErrorMessageFactory shouldBeUntouched(byte[] array, int offset, byte canary) {
        int first = -1;
        int written = 0;
        for (int i = offset; i < array.length; i++) {
            if (array[i] != canary) {
                written++;
                first = first < 0 ? i : first;
            }
        }
        String facts = String.format(
                "the %d-byte array to be untouched from offset %d on"
                        + " (every byte still the canary %s),%nbut %d of them changed,"
                        + " the first at offset %d (now %s):",
                array.length, offset, MarkedHex.pair(canary), written, first, MarkedHex.pair(array[first]));
        return new ShouldBeUntouched(facts, MarkedHex.of(array, offset, first));
    }
}
