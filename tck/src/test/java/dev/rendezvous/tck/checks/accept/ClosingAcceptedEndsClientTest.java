package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * ACCEPT-CLOSE-UNWANTED: once the server closes an accepted connection the client reads the end
 * of the stream or ECONNRESET, and the listener keeps serving.
 */
class ClosingAcceptedEndsClientTest {
    private static final long NOTHING_SENT = 0;
    private static final long BYTES_UNREAD = 1;

    @Test
    void on_the_reference_the_client_sees_the_end_with_or_without_bytes_unread() throws Exception {
        for (long unread : new long[] {NOTHING_SENT, BYTES_UNREAD}) {
            try (FixedCase c = FixedCase.onReference(new ClosingAcceptedEndsClient(), Feature.INET, unread)) {
                assertThatCode(c::check).doesNotThrowAnyException();
                assertThat(c.calls())
                        .as("bytes sent by the client")
                        .filteredOn(call -> call.startsWith("send("))
                        .hasSize(unread == BYTES_UNREAD ? 1 : 0);
            }
        }
    }

    @Test
    void a_reset_is_allowed_in_place_of_the_end_of_the_stream() throws Exception {
        try (FixedCase c =
                FixedCase.of(new ClosingAcceptedEndsClient(), new RecvFails(Errno.ECONNRESET), Feature.INET, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
        }
    }

    @Test
    void another_errno_is_a_violation_saying_what_was_unread() throws Exception {
        try (FixedCase c =
                FixedCase.of(new ClosingAcceptedEndsClient(), new RecvFails(Errno.EPIPE), Feature.INET, BYTES_UNREAD)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("after the server closed accepted socket \\d+ \\(with bytes from the client"
                            + " unread\\), the client's recv\\(\\d+\\) failed with EPIPE \\(32\\): .*; expected the end"
                            + " of the stream \\(0\\) or ECONNRESET");
        }
    }

    @Test
    void bytes_read_after_the_close_are_a_violation() throws Exception {
        try (FixedCase c =
                FixedCase.of(new ClosingAcceptedEndsClient(), new RecvGivesOneByte(), Feature.INET, NOTHING_SENT)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("after the server closed accepted socket \\d+, the client's recv\\(\\d+\\) gave"
                            + " 1 bytes; expected the end of the stream \\(0\\) or ECONNRESET");
        }
    }

    @Test
    void a_listener_that_stops_accepting_after_the_close_is_a_violation() throws Exception {
        try (FixedCase c =
                FixedCase.of(new ClosingAcceptedEndsClient(), new SecondAcceptFails(), Feature.INET, NOTHING_SENT)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("after closing accepted socket \\d+, accept\\(\\d+\\) of the next client failed"
                            + " with ECONNABORTED \\(103\\): .*");
        }
    }

    @Test
    void a_next_client_that_cannot_connect_is_a_violation() throws Exception {
        try (FixedCase c =
                FixedCase.of(new ClosingAcceptedEndsClient(), new SecondConnectRefused(), Feature.INET, NOTHING_SENT)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith(
                            "the next client, after the server closed an unwanted connection, could not connect to");
        }
    }

    /** recv fails with one errno. */
    private static final class RecvFails extends ForwardingStack {
        private final Errno errno;

        RecvFails(Errno errno) {
            this.errno = errno;
        }

        @Override
        public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
            throw new ErrnoException(errno, "recv");
        }
    }

    /** recv gives one byte, whatever the connection holds. */
    private static final class RecvGivesOneByte extends ForwardingStack {
        @Override
        public int recv(int fd, byte[] buffer, int offset, int length) {
            buffer[offset] = 7;
            return 1;
        }
    }

    /** The first accept works; every later one drops its connection and fails. */
    private static final class SecondAcceptFails extends ForwardingStack {
        private final AtomicInteger accepts = new AtomicInteger();

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            int accepted = target.accept(fd, from);
            if (accepts.incrementAndGet() > 1) {
                target.close(accepted);
                throw new ErrnoException(Errno.ECONNABORTED, "dropped");
            }
            return accepted;
        }
    }

    /** The first connect works; every later one is refused. */
    private static final class SecondConnectRefused extends ForwardingStack {
        private final AtomicInteger connects = new AtomicInteger();

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (connects.incrementAndGet() > 1) {
                throw new ErrnoException(Errno.ECONNREFUSED, "refused");
            }
            target.connect(fd, address, length);
        }
    }
}
