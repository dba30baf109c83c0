package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import org.junit.jupiter.api.Test;

/** CONNECT-UNIX-LENGTH: a length with no room for a path gives EINVAL; the contract's length then connects. */
class UnixNoPathIsEinvalTest {
    @Test
    void the_reference_refuses_each_length_without_a_path_then_connects() throws Exception {
        for (int length = 0; length <= Sockaddr.OFFSETOF_SUN_PATH; length++) {
            for (int cut = 0; cut <= 1; cut++) {
                try (FixedCase c = FixedCase.onReference(new UnixNoPathIsEinval(), Feature.UNIX, 0, length, cut)) {
                    assertThatCode(c::check)
                            .as("length %d, cut %d", length, cut)
                            .doesNotThrowAnyException();
                    String refused = ", " + length + ") -> EINVAL (22)";
                    assertThat(c.calls())
                            .anyMatch(call -> call.startsWith("connect(") && call.endsWith(refused))
                            .anyMatch(call -> call.startsWith("getpeername(") && call.endsWith("-> ENOTCONN (107)"))
                            .anyMatch(call -> call.startsWith("connect(") && call.endsWith(") = 0"));
                }
            }
        }
    }

    @Test
    void a_socket_left_connected_by_the_refused_call_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new UnixNoPathIsEinval(), new ConnectsThenEinval(), Feature.UNIX, 0, 2)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getpeername\\(\\d+\\) after connect\\(\\d+, \\d+ bytes of .*, 2\\) \\(the"
                            + " socket must not be connected\\): expected ENOTCONN .*");
        }
    }

    @Test
    void the_retried_connection_must_reach_the_server() throws Exception {
        try (FixedCase c = FixedCase.of(new UnixNoPathIsEinval(), new PeerIsOwnName(), Feature.UNIX, 0, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching(
                            "the client's peer name after connect\\(\\d+, .*, \\d+ = 2 \\+ strlen\\(path\\)\\)"
                                    + " after connect\\(.*, 1\\): expected .*");
        }
    }

    /** A length without a path connects the socket to the name the bytes hold, yet reports EINVAL. */
    private static final class ConnectsThenEinval extends ForwardingStack {
        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (length <= Sockaddr.OFFSETOF_SUN_PATH) {
                Sockaddr whole = Sockaddr.decode(address);
                target.connect(fd, whole.bytes(), whole.length());
                throw new ErrnoException(Errno.EINVAL, "no path, but connected");
            }
            target.connect(fd, address, length);
        }
    }
}
