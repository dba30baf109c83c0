package dev.rendezvous.tck.checks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import dev.rendezvous.tck.property.InvalidCase;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** SERVER-BIND-LISTEN: a server listens at the name it chose, and a client reaches it there. */
class WellKnownNameTest {
    @Test
    void the_reference_serves_at_a_port_fixed_in_advance() throws Exception {
        try (FixedCase c = FixedCase.onReference(new WellKnownName(), Feature.INET, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            List<String> steps = c.calls().stream()
                    .filter(call -> call.startsWith("bind(") || call.startsWith("close("))
                    .toList();
            assertThat(steps).hasSize(3);
            assertThat(steps.get(0)).as("the probe binds port 0").contains("127.0.0.1:0 ");
            assertThat(steps.get(1))
                    .as("the probe is closed before the server binds")
                    .startsWith("close(");
            assertThat(steps.get(2)).contains("127.0.0.1:").doesNotContain("127.0.0.1:0 ");
        }
    }

    @Test
    void the_reference_serves_at_a_path_given_with_or_without_its_nul() throws Exception {
        for (int withoutNul = 0; withoutNul <= 1; withoutNul++) {
            try (FixedCase c = FixedCase.onReference(new WellKnownName(), Feature.UNIX, 0, withoutNul)) {
                assertThatCode(c::check).as("without NUL: %d", withoutNul).doesNotThrowAnyException();
                assertThat(lengthGiven(c, "bind(")).isEqualTo(lengthGiven(c, "connect(") - withoutNul);
            }
        }
    }

    @Test
    void a_port_taken_once_between_the_probe_and_the_bind_is_probed_again() throws Exception {
        try (FixedCase c = FixedCase.of(new WellKnownName(), new BindsInUse(2), Feature.INET, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
        }
    }

    @Test
    void a_bind_to_the_probes_port_in_use_probe_after_probe_is_the_errno_it_gave() throws Exception {
        try (FixedCase c = FixedCase.of(new WellKnownName(), new BindsInUse(2, 4, 6), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(ErrnoException.class)
                    .satisfies(e -> assertThat(((ErrnoException) e).errno()).isEqualTo(Errno.EADDRINUSE));
        }
    }

    @Test
    void a_probe_given_no_port_is_a_violation_not_a_case_thrown_away() throws Exception {
        try (FixedCase c = FixedCase.of(new WellKnownName(), new NamesShowPortZero(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .isNotInstanceOf(InvalidCase.class)
                    .hasMessageStartingWith("getsockname of a socket bound to AF_INET 127.0.0.1:0 gave port 0 (")
                    .hasMessageEndingWith(
                            "): the system selected no port, so a server bound this way has no address to advertise");
        }
    }

    @Test
    void a_path_in_use_is_no_excuse_the_errno_is_the_outcome() throws Exception {
        try (FixedCase c = FixedCase.of(new WellKnownName(), new BindsInUse(2), Feature.UNIX, 0, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(ErrnoException.class)
                    .satisfies(e -> assertThat(((ErrnoException) e).errno()).isEqualTo(Errno.EADDRINUSE));
        }
    }

    @Test
    void a_client_that_does_not_show_the_server_as_its_peer_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new WellKnownName(), new PeerIsOwnName(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith(
                            "the client's peer name after connect to the server's well-known name: expected");
        }
    }

    @Test
    void a_server_not_bound_to_the_name_it_asked_for_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new WellKnownName(), new BindsElsewhere(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith(
                            "getsockname of the server bound to its well-known name and listening: expected");
        }
    }

    /** The length argument of the only call made that starts with {@code call}. */
    private static int lengthGiven(FixedCase c, String call) {
        String line = c.calls().stream()
                .filter(l -> l.startsWith(call))
                .collect(Collectors.collectingAndThen(Collectors.toList(), l -> l.get(0)));
        Matcher m = Pattern.compile(", (\\d+)\\) = 0$").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The binds with these numbers (counting from 1) fail with EADDRINUSE; UNIX-domain binds always do. */
    private static final class BindsInUse extends ForwardingStack {
        private final java.util.Set<Integer> inUse;
        private int binds;

        BindsInUse(Integer... inUse) {
            this.inUse = java.util.Set.of(inUse);
        }

        @Override
        public void bind(int fd, byte[] address, int length) throws ErrnoException {
            if (inUse.contains(++binds) || Sockaddr.familyOf(address) == dev.rendezvous.api.AddressFamily.AF_UNIX) {
                throw new ErrnoException(Errno.EADDRINUSE, "taken");
            }
            target.bind(fd, address, length);
        }
    }

    /** getsockname shows port 0 on every socket, as if binding to port 0 gave no port. */
    private static final class NamesShowPortZero extends ForwardingStack {
        @Override
        public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
            SockaddrBuffer real = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, real);
            Sockaddr shown = Sockaddr.decode(real.storage(), real.length());
            name.store(Sockaddr.inet(shown.toInetSocketAddress().getAddress(), 0));
        }
    }

    /** Every bind ignores the port asked for and takes one the system chooses. */
    private static final class BindsElsewhere extends ForwardingStack {
        @Override
        public void bind(int fd, byte[] address, int length) throws ErrnoException {
            Sockaddr asked = Sockaddr.decode(address, length);
            Sockaddr anyPort = Sockaddr.inet(asked.toInetSocketAddress().getAddress(), 0);
            target.bind(fd, anyPort.bytes(), anyPort.length());
        }
    }
}
