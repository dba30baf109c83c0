package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A name that should be an unnamed UNIX-domain socket's, and is not. */
public final class ShouldBeUnnamed extends BasicErrorMessageFactory {
    private ShouldBeUnnamed(Sockaddr actual) {
        super(
                "%nExpecting name:%n  %s%nto be the name of an unnamed UNIX-domain socket"
                        + " (AF_UNIX alone, length 2, bytes 01 00), but it is not",
                actual);
    }

    /** The message for a name that is not the unnamed UNIX-domain name. */
    public static ErrorMessageFactory shouldBeUnnamed(Sockaddr actual) {
        return new ShouldBeUnnamed(actual);
    }
}
