package dev.rendezvous.api.assertions;

import static dev.rendezvous.api.assertions.error.ShouldFailWith.shouldFailWith;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.assertions.presentation.RendezvousRepresentation;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a call that must fail with an errno: it threw an
 * {@link dev.rendezvous.api.ErrnoException} with the expected {@link Errno}. A failure names
 * the expected errno(s) with their numbers and messages, and what the call did instead; an
 * exception of another kind is also attached as the failure's cause.
 */
public class ErrnoAssert extends AbstractAssert<ErrnoAssert, CallOutcome> {

    /** Assertions on what a call did; prefer {@link RendezvousAssertions#assertThatErrno}. */
    public ErrnoAssert(CallOutcome actual) {
        super(actual, ErrnoAssert.class);
        info.useRepresentation(RendezvousRepresentation.INSTANCE);
    }

    /** The call failed with {@code expected} (EWOULDBLOCK is EAGAIN). */
    public ErrnoAssert isEqualTo(Errno expected) {
        return isOneOf(expected);
    }

    /** The call failed with one of {@code allowed}: for clauses where systems differ. */
    public ErrnoAssert isOneOf(Errno... allowed) {
        isNotNull();
        if (allowed == null || allowed.length == 0) {
            throw new IllegalArgumentException("name at least one errno");
        }
        List<Errno> expected = List.of(allowed);
        if (actual.errno().filter(expected::contains).isEmpty()) {
            AssertionError failure = assertionError(shouldFailWith(expected, actual));
            actual.thrown().ifPresent(failure::initCause);
            throw failure;
        }
        return myself;
    }
}
