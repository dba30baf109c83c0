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
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import org.junit.jupiter.api.Test;

/** ACCEPT-SIGNAL: an accept blocked with nothing pending ends with EINTR when its thread is interrupted. */
class InterruptedAcceptFailsTest {
    @Test
    void the_reference_ends_the_interrupted_accept_with_eintr_and_accepts_the_next_client() throws Exception {
        try (FixedCase c = FixedCase.onReference(new InterruptedAcceptFails(), Feature.INET)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).contains("accept(3, NULL, NULL) -> EINTR (4)");
        }
    }

    @Test
    void an_interrupted_accept_that_returns_a_descriptor_is_a_violation() throws Exception {
        try (FixedCase c =
                FixedCase.of(new InterruptedAcceptFails(), new InterruptedAcceptAnswers(null), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(3\\), interrupted with nothing pending, returned descriptor \\d+;"
                            + " expected EINTR \\(4\\).*");
        }
    }

    @Test
    void an_interrupted_accept_that_fails_with_another_errno_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new InterruptedAcceptFails(), new InterruptedAcceptAnswers(Errno.ECONNABORTED), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching(
                            "accept\\(3\\), interrupted by a signal \\(Thread.interrupt\\(\\)\\), failed with"
                                    + " ECONNABORTED \\(103\\).*; expected EINTR \\(4\\).*");
        }
    }

    /**
     * An accept ended by an interrupt answers otherwise than with EINTR: with {@code errno}, or,
     * if that is null, with a new socket's descriptor as if a connection had come.
     */
    private static final class InterruptedAcceptAnswers extends ForwardingStack {
        private final Errno errno;

        InterruptedAcceptAnswers(Errno errno) {
            this.errno = errno;
        }

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            try {
                return target.accept(fd, from);
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EINTR) {
                    throw e;
                }
                if (errno != null) {
                    throw new ErrnoException(errno, "instead of EINTR");
                }
                return target.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            }
        }
    }
}
