package dev.rendezvous.api.assertions.error;

import dev.rendezvous.api.Hex;
import dev.rendezvous.api.Sockaddr;
import java.nio.charset.StandardCharsets;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A UNIX-domain name with another path than expected. */
public final class ShouldHaveUnixPath extends BasicErrorMessageFactory {
    private ShouldHaveUnixPath(Sockaddr actual, String expected) {
        super(
                "%nExpecting name:%n  %s%nto have UNIX-domain path:%n  %s%nbut had:%n  %s",
                actual, unquotedString(path(expected)), unquotedString(path(actual.unixPath())));
    }

    private static String path(String path) {
        return path == null ? "null" : "\"" + path + "\" [" + Hex.of(path.getBytes(StandardCharsets.UTF_8)) + "]";
    }

    /** The message for a name whose path (UTF-8, {@code @} in front if abstract) is not {@code expected}. */
    public static ErrorMessageFactory shouldHaveUnixPath(Sockaddr actual, String expected) {
        return new ShouldHaveUnixPath(actual, expected);
    }
}
