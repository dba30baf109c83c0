package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.assertions.presentation.RendezvousRepresentation;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** An Internet-domain name with another port than expected. */
public final class ShouldHavePort extends BasicErrorMessageFactory {
    private ShouldHavePort(Sockaddr actual, int expected) {
        super(
                "%nExpecting name:%n  %s%nto have port:%n  %s%nbut had:%n  %s",
                actual,
                unquotedString(RendezvousRepresentation.port(expected)),
                unquotedString(RendezvousRepresentation.port(actual.port())));
    }

    /** The message for a name whose port is not {@code expected}. */
    public static ErrorMessageFactory shouldHavePort(Sockaddr actual, int expected) {
        return new ShouldHavePort(actual, expected);
    }
}
