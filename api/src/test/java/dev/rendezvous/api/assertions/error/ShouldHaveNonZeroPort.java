package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** An Internet-domain name with port 0 where the system should have chosen a port. */
public final class ShouldHaveNonZeroPort extends BasicErrorMessageFactory {
    private ShouldHaveNonZeroPort(Sockaddr actual) {
        super(
                "%nExpecting name:%n  %s%nto have a non-zero port (one the system chose),"
                        + " but its port is 0 (bytes 2-3 are 00 00)",
                actual);
    }

    /** The message for a name whose port is 0. */
    public static ErrorMessageFactory shouldHaveNonZeroPort(Sockaddr actual) {
        return new ShouldHaveNonZeroPort(actual);
    }
}
