package dev.rendezvous.api.assertions;

import static dev.rendezvous.api.assertions.error.ShouldBeInternetName.shouldBeInternetName;
import static dev.rendezvous.api.assertions.error.ShouldBeLoopback.shouldBeLoopback;
import static dev.rendezvous.api.assertions.error.ShouldBeUnnamed.shouldBeUnnamed;
import static dev.rendezvous.api.assertions.error.ShouldHaveBytes.shouldHaveBytes;
import static dev.rendezvous.api.assertions.error.ShouldHaveFamily.shouldHaveFamily;
import static dev.rendezvous.api.assertions.error.ShouldHaveLength.shouldHaveLength;
import static dev.rendezvous.api.assertions.error.ShouldHaveNonZeroPort.shouldHaveNonZeroPort;
import static dev.rendezvous.api.assertions.error.ShouldHavePort.shouldHavePort;
import static dev.rendezvous.api.assertions.error.ShouldHaveUnixPath.shouldHaveUnixPath;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.assertions.presentation.RendezvousRepresentation;
import java.util.Arrays;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a socket name ({@link Sockaddr}), e.g. the name a call gave back. Every failure
 * shows the name decoded and its bytes in hex, and the same for what was expected.
 */
public class SockaddrAssert extends AbstractAssert<SockaddrAssert, Sockaddr> {
    private static final int PORT_END = 4;
    private static final int INET_ADDRESS_END = 8;
    private static final int INET6_ADDRESS_START = 8;
    private static final int INET6_ADDRESS_END = 24;

    /** Assertions on {@code actual}; prefer {@link RendezvousAssertions#assertThat(Sockaddr)}. */
    public SockaddrAssert(Sockaddr actual) {
        super(actual, SockaddrAssert.class);
        info.useRepresentation(RendezvousRepresentation.INSTANCE);
    }

    /** The name's {@code sa_family} is {@code family} (an {@link AddressFamily} number). */
    public SockaddrAssert hasFamily(int family) {
        isNotNull();
        if (actual.family() != family) {
            throwAssertionError(shouldHaveFamily(actual, family));
        }
        return myself;
    }

    /** The name is an Internet-domain name with this port. */
    public SockaddrAssert hasPort(int port) {
        requireInternet("port", PORT_END);
        if (actual.port() != port) {
            throwAssertionError(shouldHavePort(actual, port));
        }
        return myself;
    }

    /** The name is an Internet-domain name whose port is not 0: one the system chose or was given. */
    public SockaddrAssert hasNonZeroPort() {
        requireInternet("port", PORT_END);
        if (actual.port() == 0) {
            throwAssertionError(shouldHaveNonZeroPort(actual));
        }
        return myself;
    }

    /** The name's length is {@code length}. */
    public SockaddrAssert hasLength(int length) {
        isNotNull();
        if (actual.length() != length) {
            throwAssertionError(shouldHaveLength(actual, length));
        }
        return myself;
    }

    /** The name has the same length and the same bytes as {@code expected}. */
    public SockaddrAssert isByteForByte(Sockaddr expected) {
        isNotNull();
        Objects.requireNonNull(expected, "the expected name is null");
        if (actual.length() != expected.length() || !Arrays.equals(actual.bytes(), expected.bytes())) {
            throwAssertionError(shouldHaveBytes(actual, expected));
        }
        return myself;
    }

    /**
     * The name is an Internet-domain name with a loopback address: IPv4 127.0.0.0/8, IPv6
     * {@code ::1}, or an IPv4 loopback address mapped into IPv6 ({@code ::ffff:127.x.y.z}, as a
     * dual-stack listener reports an IPv4 client).
     */
    public SockaddrAssert isLoopback() {
        isNotNull();
        boolean inet = actual.family() == AddressFamily.AF_INET;
        requireInternet("address", inet ? INET_ADDRESS_END : INET6_ADDRESS_END);
        byte[] b = actual.bytes();
        boolean loopback = inet ? b[4] == 127 : isIpv6Loopback(b);
        if (!loopback) {
            throwAssertionError(shouldBeLoopback(actual));
        }
        return myself;
    }

    private static boolean isIpv6Loopback(byte[] b) {
        for (int i = INET6_ADDRESS_START; i < 18; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean zeros = b[18] == 0 && b[19] == 0 && b[20] == 0 && b[21] == 0 && b[22] == 0;
        boolean mapped = b[18] == (byte) 0xFF && b[19] == (byte) 0xFF && b[20] == 127;
        return (zeros && b[23] == 1) || mapped;
    }

    /**
     * The name is a UNIX-domain name with this path: the bytes up to the first NUL or the
     * length, in UTF-8; an abstract name's path is written with {@code @} in front.
     */
    public SockaddrAssert hasUnixPath(String path) {
        hasFamily(AddressFamily.AF_UNIX);
        if (!actual.unixPath().equals(path)) {
            throwAssertionError(shouldHaveUnixPath(actual, path));
        }
        return myself;
    }

    /** The name is that of an unnamed UNIX-domain socket: the family alone, length 2. */
    public SockaddrAssert isUnnamed() {
        isNotNull();
        if (!actual.isUnnamed() || actual.length() != Sockaddr.OFFSETOF_SUN_PATH) {
            throwAssertionError(shouldBeUnnamed(actual));
        }
        return myself;
    }

    private void requireInternet(String part, int needed) {
        isNotNull();
        int family = actual.family();
        boolean inet = family == AddressFamily.AF_INET || family == AddressFamily.AF_INET6;
        if (!inet || actual.length() < needed) {
            throwAssertionError(shouldBeInternetName(actual, part, needed));
        }
    }
}
