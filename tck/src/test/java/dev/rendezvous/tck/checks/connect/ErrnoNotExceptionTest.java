package dev.rendezvous.tck.checks.connect;

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
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** CONNECT-ERROR-RETURNED: connect where no server listens fails with an errno and leaves the socket unconnected. */
class ErrnoNotExceptionTest {
    /** In the UNIX domain, the first draw after the family: 1 for a path that does not exist. */
    private static final long NO_FILE = 1;

    private static final long BOUND_WITHOUT_LISTEN = 0;

    @Test
    void the_reference_fails_each_kind_of_connect_with_an_errno() throws Exception {
        try (FixedCase c = FixedCase.onReference(new ErrnoNotException(), Feature.INET)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).anyMatch(call -> call.startsWith("connect(") && call.endsWith("ECONNREFUSED (111)"));
        }
        try (FixedCase c = FixedCase.onReference(new ErrnoNotException(), Feature.UNIX, NO_FILE)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).noneMatch(call -> call.startsWith("bind("));
        }
        try (FixedCase c = FixedCase.onReference(new ErrnoNotException(), Feature.UNIX, BOUND_WITHOUT_LISTEN)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).anyMatch(call -> call.startsWith("bind("));
        }
    }

    @Test
    void a_connect_that_returns_to_a_path_that_does_not_exist_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new ErrnoNotException(), new ConnectReturns(), Feature.UNIX, NO_FILE)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("connect\\(\\d+, AF_UNIX .*\\) to a path that does not exist: the connection"
                            + " cannot succeed, an error must be returned, but connect returned 0");
        }
    }

    @Test
    void a_connect_that_returns_to_a_name_bound_without_listen_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new ErrnoNotException(), new ConnectReturns(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("connect\\(\\d+, AF_INET 127.0.0.1:\\d+\\) to a name bound without listen: .*");
        }
    }

    @Test
    void a_socket_left_connected_by_a_failed_connect_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new ErrnoNotException(), new PeerAfterFailure(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getpeername\\(\\d+\\) after the failed connect\\(\\d+, .*\\) to a name bound"
                            + " without listen \\(the socket must not be connected\\): expected ENOTCONN \\(107\\): .*,"
                            + " but the call succeeded");
        }
    }

    /** connect returns without connecting anything. */
    private static final class ConnectReturns extends ForwardingStack {
        @Override
        public void connect(int fd, byte[] address, int length) {}
    }

    /** A failed connect leaves getpeername giving the name it was to reach. */
    private static final class PeerAfterFailure extends ForwardingStack {
        private volatile byte[] tried;

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            tried = Arrays.copyOf(address, length);
            target.connect(fd, address, length);
        }

        @Override
        public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
            if (tried == null) {
                throw new ErrnoException(Errno.ENOTCONN, "never connected");
            }
            name.store(Sockaddr.decode(tried));
        }
    }
}
