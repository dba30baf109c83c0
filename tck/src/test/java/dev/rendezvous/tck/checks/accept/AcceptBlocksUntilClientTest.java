package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.ByteInvertingStack;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import org.junit.jupiter.api.Test;

/**
 * ACCEPT-BLOCKS: a blocking accept with nothing pending waits; once a client connects it
 * returns that client's connection.
 */
class AcceptBlocksUntilClientTest {
    private static final long NULL_BUFFER = 0;
    private static final long BUFFER = 1;

    @Test
    void on_the_reference_the_accept_waits_then_returns_the_client_with_a_buffer_or_without() throws Exception {
        try (FixedCase c = FixedCase.onReference(new AcceptBlocksUntilClient(), Feature.INET, NULL_BUFFER)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).anyMatch(call -> call.matches("accept\\(\\d+, NULL, NULL\\) = \\d+"));
        }
        try (FixedCase c = FixedCase.onReference(new AcceptBlocksUntilClient(), Feature.INET6, BUFFER)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).anyMatch(call -> call.matches("accept\\(\\d+, buf\\[\\d+], &len=\\d+\\) = .*"));
        }
    }

    @Test
    void an_accept_that_returns_with_nothing_pending_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptBlocksUntilClient(), new ReturnsAtOnce(), Feature.INET, BUFFER)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(\\d+\\) with nothing pending returned \\d+ within 50 ms although no"
                            + " client has connected: accept will not return until a connection is available");
        }
    }

    @Test
    void an_accept_that_fails_once_the_client_connects_is_a_violation_naming_the_errno() throws Exception {
        try (FixedCase c =
                FixedCase.of(new AcceptBlocksUntilClient(), new AbortsTheConnection(), Feature.INET, NULL_BUFFER)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("the blocked accept\\(\\d+\\) failed with ECONNABORTED \\(103\\): .* once a"
                            + " client connected; it must return the connection");
        }
    }

    @Test
    void a_returned_connection_whose_peer_is_not_the_client_is_a_violation() throws Exception {
        try (FixedCase c =
                FixedCase.of(new AcceptBlocksUntilClient(), new PeerIsOwnName(), Feature.INET, NULL_BUFFER)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageContaining(
                            "of the socket the blocked accept returned, against the client's getsockname(");
        }
    }

    @Test
    void a_returned_connection_that_alters_bytes_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new AcceptBlocksUntilClient(), ByteInvertingStack.everywhere(), Feature.INET, NULL_BUFFER)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("the connection the blocked accept returned: the bytes sent on \\d+ and"
                            + " received on \\d+: expected \\[00], got \\[ff]");
        }
    }

    @Test
    void a_case_waits_a_quiet_window_so_the_property_takes_a_bounded_number_of_tries() {
        assertThat(new AcceptBlocksUntilClient().maxTries()).isPositive().isLessThan(Integer.MAX_VALUE);
    }

    /** Accept with nothing pending hands out a new socket at once. */
    private static final class ReturnsAtOnce extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            return target.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        }
    }

    /** Accept waits for the client, then drops the connection and fails. */
    private static final class AbortsTheConnection extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            target.close(target.accept(fd, from));
            throw new ErrnoException(Errno.ECONNABORTED, "connection dropped");
        }
    }
}
