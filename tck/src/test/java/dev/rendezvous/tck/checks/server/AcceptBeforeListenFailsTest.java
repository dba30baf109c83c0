package dev.rendezvous.tck.checks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.check.StuckCall;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SERVER-LISTEN-THEN-ACCEPT, the order of the steps: accept on a socket never marked as
 * listening must fail with EINVAL at once.
 */
class AcceptBeforeListenFailsTest {
    private static final long BOUND = 0;
    private static final long UNBOUND = 1;

    @Test
    void the_reference_fails_accept_on_a_bound_socket_and_on_an_unbound_one_with_einval() throws Exception {
        for (long draw : new long[] {BOUND, UNBOUND}) {
            try (FixedCase c = FixedCase.onReference(new AcceptBeforeListenFails(), Feature.INET, draw)) {
                assertThatCode(c::check).doesNotThrowAnyException();
                assertThat(c.calls()).anyMatch(call -> call.startsWith("accept(") && call.endsWith("EINVAL (22)"));
            }
        }
    }

    @Test
    void an_unbound_socket_is_never_bound_and_a_bound_one_is() throws Exception {
        try (FixedCase c = FixedCase.onReference(new AcceptBeforeListenFails(), Feature.INET, UNBOUND)) {
            c.check();
            assertThat(c.calls()).noneMatch(call -> call.startsWith("bind("));
        }
        try (FixedCase c = FixedCase.onReference(new AcceptBeforeListenFails(), Feature.INET, BOUND)) {
            c.check();
            assertThat(c.calls()).anyMatch(call -> call.startsWith("bind("));
            assertThat(c.calls()).noneMatch(call -> call.startsWith("listen("));
        }
    }

    @Test
    void a_descriptor_returned_before_listen_is_a_violation_naming_the_socket() throws Exception {
        try (FixedCase c =
                FixedCase.of(new AcceptBeforeListenFails(), new AcceptsWithoutListen(), Feature.INET, BOUND)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(\\d+\\) on a bound socket that is not listening returned descriptor"
                            + " \\d+; a socket must be marked as listening first: expected EINVAL \\(22\\): .*");
        }
        AcceptsWithoutListen stack = new AcceptsWithoutListen();
        try (FixedCase c = FixedCase.of(new AcceptBeforeListenFails(), stack, Feature.INET, UNBOUND)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageContaining("on an unbound socket returned descriptor " + stack.handedOut + ";");
        }
    }

    @Test
    void another_errno_is_a_violation_that_names_both() throws Exception {
        try (FixedCase c =
                FixedCase.of(new AcceptBeforeListenFails(), new FailsWith(Errno.EOPNOTSUPP), Feature.INET, UNBOUND)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(\\d+\\) on an unbound socket: expected EINVAL \\(22\\): .*"
                            + ", got EOPNOTSUPP \\(95\\): .*");
        }
    }

    @Test
    void an_accept_that_waits_instead_of_failing_is_stuck_after_the_event_deadline() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptBeforeListenFails(), new WaitsForever(), Feature.INET, BOUND)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(StuckCall.class)
                    .hasMessageContaining("on a bound socket that is not listening (EINVAL at once expected)")
                    .hasMessageContaining("did not finish within "
                            + FixedCase.QUICK.eventDeadline().toMillis() + " ms");
        }
    }

    /** Accept on a socket that is not listening hands out a new socket instead of EINVAL. */
    private static final class AcceptsWithoutListen extends ForwardingStack {
        private volatile int handedOut = -1;

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            try {
                return target.accept(fd, from);
            } catch (ErrnoException e) {
                handedOut = target.socket(dev.rendezvous.api.AddressFamily.AF_INET, SocketType.SOCK_STREAM);
                return handedOut;
            }
        }
    }

    /** Every accept fails with one errno. */
    private static final class FailsWith extends ForwardingStack {
        private final Errno errno;

        FailsWith(Errno errno) {
            this.errno = errno;
        }

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            throw new ErrnoException(errno, "accept refused");
        }
    }

    /** Accept on a socket that is not listening waits (until interrupted, or a few seconds). */
    private static final class WaitsForever extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            try {
                new CountDownLatch(1).await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ErrnoException(Errno.EINTR, "interrupted");
        }
    }
}
