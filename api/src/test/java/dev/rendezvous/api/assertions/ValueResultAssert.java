package dev.rendezvous.api.assertions;

import static dev.rendezvous.api.assertions.error.ShouldBeUntouched.shouldBeUntouched;
import static dev.rendezvous.api.assertions.error.ShouldHaveTrueSize.shouldHaveTrueSize;
import static dev.rendezvous.api.assertions.error.ShouldHaveWritten.shouldHaveWritten;
import static dev.rendezvous.api.assertions.error.ShouldHoldName.shouldHoldDecodableName;
import static dev.rendezvous.api.assertions.error.ShouldHoldName.shouldHoldWholeName;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.assertions.presentation.RendezvousRepresentation;
import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a value-result buffer after {@code accept}, {@code getsockname} or
 * {@code getpeername}: which bytes of its array the call wrote, that nothing past the offered
 * space changed (fill the array with a canary byte first, see {@link Canaries}), and that the
 * length now reflects the true size of the name. Failures show the array in hex, with a bar
 * where the written bytes should end and brackets around the first wrong byte.
 */
public class ValueResultAssert extends AbstractAssert<ValueResultAssert, SockaddrBuffer> {

    /** Assertions on {@code actual}; prefer {@link RendezvousAssertions#assertThatBuffer}. */
    public ValueResultAssert(SockaddrBuffer actual) {
        super(actual, ValueResultAssert.class);
        info.useRepresentation(RendezvousRepresentation.INSTANCE);
    }

    /**
     * The first {@code count} bytes of the array are the first {@code count} bytes of
     * {@code name}. With {@link #untouchedFrom} at {@code count}, the call wrote exactly those.
     *
     * @throws IllegalArgumentException if {@code count} is negative or exceeds the array or the name
     */
    public ValueResultAssert wroteExactly(int count, Sockaddr name) {
        isNotNull();
        byte[] array = actual.storage();
        if (name == null || count < 0 || count > array.length || count > name.length()) {
            throw new IllegalArgumentException(
                    "cannot compare " + count + " bytes of " + name + " with a " + array.length + "-byte array");
        }
        if (!Arrays.equals(array, 0, count, name.bytes(), 0, count)) {
            throwAssertionError(shouldHaveWritten(array, count, name));
        }
        return myself;
    }

    /**
     * Every byte of the array from {@code offset} on is still {@code canary}: the call touched
     * nothing there.
     *
     * @throws IllegalArgumentException if {@code offset} is outside 0..array length
     */
    public ValueResultAssert untouchedFrom(int offset, byte canary) {
        isNotNull();
        byte[] array = actual.storage();
        if (offset < 0 || offset > array.length) {
            throw new IllegalArgumentException("offset " + offset + " outside the " + array.length + "-byte array");
        }
        for (int i = offset; i < array.length; i++) {
            if (array[i] != canary) {
                throwAssertionError(shouldBeUntouched(array, offset, canary));
            }
        }
        return myself;
    }

    /** The value-result length is {@code trueSize}: the true size of the name, whatever the space offered. */
    public ValueResultAssert lengthIs(int trueSize) {
        isNotNull();
        if (actual.length() != trueSize) {
            throwAssertionError(shouldHaveTrueSize(actual, trueSize));
        }
        return myself;
    }

    /** Assertions on the name the call gave back; fails if it was truncated or does not decode. */
    public SockaddrAssert name() {
        isNotNull();
        if (actual.truncated()) {
            throwAssertionError(shouldHoldWholeName(actual));
        }
        Sockaddr name = null;
        try {
            name = actual.name();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throwAssertionError(shouldHoldDecodableName(actual, e));
        }
        SockaddrAssert names = new SockaddrAssert(name);
        return info.description() == null ? names : names.as(info.description());
    }
}
