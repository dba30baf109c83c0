package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** An Internet-domain name whose address is not a loopback address. */
public final class ShouldBeLoopback extends BasicErrorMessageFactory {
    private ShouldBeLoopback(Sockaddr actual) {
        super(
                "%nExpecting name:%n  %s%nto have a loopback address"
                        + " (127.0.0.0/8, ::1, or ::ffff:127.0.0.0/104), but it has not",
                actual);
    }

    /** The message for a name whose address is not loopback. */
    public static ErrorMessageFactory shouldBeLoopback(Sockaddr actual) {
        return new ShouldBeLoopback(actual);
    }
}
