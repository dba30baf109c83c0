package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** CONNECT-ERROR-RETURNED in non-blocking mode: EINPROGRESS, then the error, never a connection. */
class NonblockingConnectReportsErrorTest {
    @Test
    void the_reference_reports_the_error_in_every_family() throws Exception {
        for (Feature family : new Feature[] {Feature.INET, Feature.INET6, Feature.UNIX}) {
            try (FixedCase c = FixedCase.onReference(new NonblockingConnectReportsError(), family)) {
                assertThatCode(c::check).as(family.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void an_error_given_at_once_is_accepted() throws Exception {
        try (FixedCase c = FixedCase.of(
                new NonblockingConnectReportsError(), new LaterConnects(Errno.ECONNREFUSED, true), Feature.INET)) {
            assertThatCode(c::check).doesNotThrowAnyException();
        }
    }

    @Test
    void an_attempt_pending_past_the_event_deadline_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new NonblockingConnectReportsError(), new LaterConnects(Errno.EALREADY, false), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageContaining("still gave EALREADY")
                    .hasMessageEndingWith("the attempt never ended, so its error was never returned");
        }
    }

    @Test
    void a_new_attempt_instead_of_the_error_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new NonblockingConnectReportsError(), new LaterConnects(Errno.EINPROGRESS, false), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageContaining("later connect 1 gave EINPROGRESS")
                    .hasMessageEndingWith("a new attempt, so the failed connection's error was never returned");
        }
    }

    @Test
    void a_connection_claimed_by_eisconn_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new NonblockingConnectReportsError(), new LaterConnects(Errno.EISCONN, false), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageEndingWith(
                            "the socket claims a connection that cannot exist; an error must be returned");
        }
    }

    @Test
    void a_non_blocking_connect_that_returns_0_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new NonblockingConnectReportsError(),
                new ForwardingStack() {
                    @Override
                    public void connect(int fd, byte[] address, int length) {
                        // returns as if connected
                    }
                },
                Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageEndingWith("an error must be returned, but connect returned 0");
        }
    }

    /**
     * A non-blocking connect gives EINPROGRESS (or, {@code atOnce}, the given errno), and every
     * later connect on the socket gives {@code later}.
     */
    private static final class LaterConnects extends ForwardingStack {
        private final Errno later;
        private final boolean atOnce;
        private final Set<Integer> started = ConcurrentHashMap.newKeySet();

        LaterConnects(Errno later, boolean atOnce) {
            this.later = later;
            this.atOnce = atOnce;
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (!started.add(fd) || atOnce) {
                throw new ErrnoException(later, "scripted");
            }
            throw new ErrnoException(Errno.EINPROGRESS, "scripted");
        }
    }
}
