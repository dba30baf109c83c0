package dev.rendezvous.api.assertions;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.assertions.presentation.RendezvousRepresentation;
import java.util.Optional;

/**
 * What one call did: returned (a value, or nothing), failed with an {@link ErrnoException}, or
 * threw something else. Its {@link #toString()} says so in words, for failure messages.
 */
public final class CallOutcome {
    private final boolean returnsValue;
    private final Object value;
    private final Throwable thrown;

    private CallOutcome(boolean returnsValue, Object value, Throwable thrown) {
        this.returnsValue = returnsValue;
        this.value = value;
        this.thrown = thrown;
    }

    /** Makes a call that returns nothing and records what it did. */
    public static CallOutcome of(ThrowingCall call) {
        try {
            call.call();
            return new CallOutcome(false, null, null);
        } catch (Throwable t) {
            return new CallOutcome(false, null, t);
        }
    }

    /** Makes a call that returns a value and records what it did. */
    public static CallOutcome ofValue(ThrowingValueCall<?> call) {
        try {
            return new CallOutcome(true, call.call(), null);
        } catch (Throwable t) {
            return new CallOutcome(true, null, t);
        }
    }

    /** The errno the call failed with, if it threw an {@link ErrnoException}. */
    public Optional<Errno> errno() {
        return thrown instanceof ErrnoException ? Optional.of(((ErrnoException) thrown).errno()) : Optional.empty();
    }

    /** What the call threw, if anything. */
    public Optional<Throwable> thrown() {
        return Optional.ofNullable(thrown);
    }

    /** E.g. {@code returned 3}, {@code failed with EBADF (9): ...}, {@code threw java.lang.X: msg}. */
    @Override
    public String toString() {
        if (thrown instanceof ErrnoException) {
            return String.format("failed with:%n  %s", thrown.getMessage());
        }
        if (thrown != null) {
            return String.format("threw:%n  %s: %s", thrown.getClass().getName(), thrown.getMessage());
        }
        return returnsValue
                ? String.format("returned:%n  %s", RendezvousRepresentation.INSTANCE.toStringOf(value))
                : "returned normally";
    }
}
