package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Sockaddr;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A name that is not an Internet-domain name long enough for what is asked of it. */
public final class ShouldBeInternetName extends BasicErrorMessageFactory {
    private ShouldBeInternetName(Sockaddr actual, String part, int needed) {
        super(
                "%nExpecting name:%n  %s%nto be an Internet-domain name (AF_INET or AF_INET6)"
                        + " of at least %s bytes, to hold its %s, but it is not",
                actual, unquotedString(Integer.toString(needed)), unquotedString(part));
    }

    /**
     * The message for a name that is not AF_INET or AF_INET6, or is shorter than
     * {@code needed} bytes, where its {@code part} (port, address) was to be read.
     */
    public static ErrorMessageFactory shouldBeInternetName(Sockaddr actual, String part, int needed) {
        return new ShouldBeInternetName(actual, part, needed);
    }
}
