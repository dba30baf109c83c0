package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** CONNECT-INET-LENGTH: every length short of sizeof(server) gives EINVAL; sizeof(server) connects. */
class InetShortLengthEinvalTest {
    private static final Pattern LENGTH = Pattern.compile("^connect\\(\\d+, .*, (\\d+)\\) (=|->) ");

    @Test
    void the_reference_refuses_each_short_length_once_from_the_drawn_start_then_connects() throws Exception {
        try (FixedCase c = FixedCase.onReference(new InetShortLengthEinval(), Feature.INET, 0, 0, 5)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            List<Integer> lengths = connectLengths(c);
            assertThat(lengths).startsWith(5, 6, 7).hasSize(17).endsWith(3, 4, 16);
            assertThat(lengths.subList(0, 16)).containsExactlyInAnyOrder(range(16));
        }
    }

    @Test
    void the_start_is_at_most_one_short_of_sizeof() throws Exception {
        try (FixedCase c = FixedCase.onReference(new InetShortLengthEinval(), Feature.INET, 0, 0, 999)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(connectLengths(c)).startsWith(15, 0, 1);
        }
    }

    @Test
    void the_reference_refuses_each_short_ipv6_length() throws Exception {
        try (FixedCase c = FixedCase.onReference(new InetShortLengthEinval(), Feature.INET6, 0, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(connectLengths(c)).hasSize(29).endsWith(28);
        }
    }

    @Test
    void ipv6_lengths_without_only_the_scope_id_may_connect_each_on_a_new_socket() throws Exception {
        try (FixedCase c = FixedCase.of(
                new InetShortLengthEinval(),
                new AcceptsWithoutScopeId(new ForwardingStackOverReference()),
                Feature.INET6,
                0,
                0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).filteredOn(call -> call.startsWith("socket(")).hasSize(1 + 1 + 4);
        }
    }

    @Test
    void such_a_connection_must_reach_the_server() throws Exception {
        try (FixedCase c = FixedCase.of(
                new InetShortLengthEinval(), new AcceptsWithoutScopeId(new PeerIsOwnName()), Feature.INET6, 0, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith("the client's peer name after connect(")
                    .hasMessageContaining(", 24) with a length short of sizeof(server) = 28 (accepted: only the"
                            + " scope id is missing): expected");
        }
    }

    @Test
    void an_ipv4_length_short_by_one_that_connects_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new InetShortLengthEinval(), new AcceptsShortIpv4(), Feature.INET, 0, 0, 15)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching(
                            "connect\\(\\d+, 16 bytes of .*, 15\\) with a length short of sizeof\\(server\\)"
                                    + " = 16: expected EINVAL .*, but the call succeeded");
        }
    }

    @Test
    void another_errno_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new InetShortLengthEinval(), new ShortGivesEafnosupport(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("connect\\(\\d+, .*, 0\\) with a length short of sizeof\\(server\\) = 16:"
                            + " expected EINVAL .*, got EAFNOSUPPORT .*");
        }
    }

    @Test
    void a_socket_left_connected_by_the_refused_call_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new InetShortLengthEinval(), new ConnectsThenEinval(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getpeername\\(\\d+\\) after connect\\(.*, 0\\) with a length short of"
                            + " sizeof\\(server\\) = 16 gave EINVAL \\(the socket must not be connected\\).*");
        }
    }

    @Test
    void the_connection_with_sizeof_must_reach_the_server() throws Exception {
        try (FixedCase c = FixedCase.of(new InetShortLengthEinval(), new PeerIsOwnName(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("the client's peer name after connect\\(\\d+, .*, sizeof\\(server\\) = 16\\)"
                            + " after the short lengths: expected .*");
        }
    }

    private static Integer[] range(int n) {
        Integer[] all = new Integer[n];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /** The lengths the connect calls were given, in order. */
    private static List<Integer> connectLengths(FixedCase c) {
        List<Integer> lengths = new ArrayList<>();
        for (String call : c.calls()) {
            Matcher m = LENGTH.matcher(call);
            if (m.find()) {
                lengths.add(Integer.parseInt(m.group(1)));
            }
        }
        return lengths;
    }

    /** The reference, unchanged. */
    private static final class ForwardingStackOverReference extends ForwardingStack {}

    /** A {@code sockaddr_in6} of 24 to 27 bytes (without the scope id) connects, as on Linux. */
    private static final class AcceptsWithoutScopeId extends ForwardingStack {
        AcceptsWithoutScopeId(SocketStack target) {
            super(target);
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (Sockaddr.familyOf(address) == AddressFamily.AF_INET6 && length >= 24 && length < 28) {
                target.connect(fd, Arrays.copyOf(address, 28), 28);
                return;
            }
            target.connect(fd, address, length);
        }
    }

    /** An IPv4 name of 15 bytes connects as if whole. */
    private static final class AcceptsShortIpv4 extends ForwardingStack {
        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            target.connect(fd, Arrays.copyOf(address, 16), length == 15 ? 16 : length);
        }
    }

    /** A short length fails with EAFNOSUPPORT instead of EINVAL. */
    private static final class ShortGivesEafnosupport extends ForwardingStack {
        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (length < 16) {
                throw new ErrnoException(Errno.EAFNOSUPPORT, "short");
            }
            target.connect(fd, address, length);
        }
    }

    /** A short length connects the socket as if whole, yet reports EINVAL. */
    private static final class ConnectsThenEinval extends ForwardingStack {
        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (length < 16) {
                target.connect(fd, Arrays.copyOf(address, 16), 16);
                throw new ErrnoException(Errno.EINVAL, "short, but connected");
            }
            target.connect(fd, address, length);
        }
    }
}
