package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.ByteInvertingStack;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import org.junit.jupiter.api.Test;

/** ACCEPT-NULL-POINTER: accept without a buffer returns a working connection to the client. */
class AcceptWithNullBufferTest {
    @Test
    void the_reference_accepts_without_a_buffer() throws Exception {
        try (FixedCase c = FixedCase.onReference(new AcceptWithNullBuffer(), Feature.UNIX)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).anyMatch(call -> call.matches("accept\\(\\d+, NULL, NULL\\) = \\d+"));
        }
    }

    @Test
    void refusing_a_null_buffer_is_a_violation_saying_it_may_be_null() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptWithNullBuffer(), new RejectsNull(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(\\d+, NULL, NULL\\) failed with EFAULT \\(14\\): .*; the second"
                            + " parameter may be a null pointer");
        }
    }

    @Test
    void a_connection_whose_peer_is_not_the_client_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptWithNullBuffer(), new PeerIsOwnName(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getpeername\\(\\d+\\) of the socket accept returned without a buffer, against"
                            + " the client's getsockname\\(\\d+\\): expected .*");
        }
    }

    @Test
    void bytes_must_cross_back_from_the_server_too() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptWithNullBuffer(), ByteInvertingStack.onAccepted(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("the connection accept returned without a buffer: the bytes sent on \\d+ and"
                            + " received on \\d+: expected \\[00], got \\[ff]");
        }
    }

    /** Accept without a buffer for the client's name fails with EFAULT. */
    private static final class RejectsNull extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            if (from == null) {
                throw new ErrnoException(Errno.EFAULT, "no buffer");
            }
            return target.accept(fd, from);
        }
    }
}
