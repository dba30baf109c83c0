package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** CONNECT-INET-LENGTH: connect with sizeof(server) reaches the server. */
class InetSizeofLengthTest {
    @Test
    void the_reference_connects_with_sizeof_in_both_families() throws Exception {
        try (FixedCase c = FixedCase.onReference(new InetSizeofLength(), Feature.INET, 4)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls())
                    .anyMatch(call -> call.matches("connect\\(\\d+, \\{AF_INET 127\\.0\\.0\\.5:.*, 16\\) = 0"));
        }
        try (FixedCase c = FixedCase.onReference(new InetSizeofLength(), Feature.INET6)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).anyMatch(call -> call.matches("connect\\(\\d+, \\{AF_INET6 .*, 28\\) = 0"));
        }
    }

    @Test
    void a_listener_name_not_of_sizeof_bytes_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new InetSizeofLength(), new NamesInIpv6(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getsockname of the listener gave AF_INET6 .*, not a name of 16 bytes");
        }
    }

    @Test
    void a_client_not_connected_to_the_server_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new InetSizeofLength(), new PeerIsOwnName(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("the client's peer name after connect\\(\\d+, .*, sizeof\\(server\\) = 16\\):"
                            + " expected .*");
        }
    }

    /** getsockname gives the IPv6 loopback with the socket's port, whatever the socket's family. */
    private static final class NamesInIpv6 extends ForwardingStack {
        @Override
        public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
            SockaddrBuffer real = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, real);
            int port = Sockaddr.decode(real.storage(), real.length()).port();
            name.store(Sockaddr.inet(ipv6Loopback(), port));
        }

        private static InetAddress ipv6Loopback() {
            try {
                return InetAddress.getByName("::1");
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
