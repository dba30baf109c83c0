package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.assertions.presentation.RendezvousRepresentation;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A name of another family than expected. */
public final class ShouldHaveFamily extends BasicErrorMessageFactory {
    private ShouldHaveFamily(Sockaddr actual, int expected) {
        super(
                "%nExpecting name:%n  %s%nto have family:%n  %s%nbut had:%n  %s",
                actual,
                unquotedString(RendezvousRepresentation.family(expected)),
                unquotedString(RendezvousRepresentation.family(actual.family())));
    }

    /** The message for a name whose {@code sa_family} is not {@code expected}. */
    public static ErrorMessageFactory shouldHaveFamily(Sockaddr actual, int expected) {
        return new ShouldHaveFamily(actual, expected);
    }
}
