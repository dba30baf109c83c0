package dev.rendezvous.tck.checks.alternatives;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.StuckCall;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.NonblockingModeIgnored;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ALTERNATIVES-NONBLOCKING, accept, one case at a time over the reference: on a non-blocking
 * listener with nothing pending, accept gives EAGAIN at once.
 */
class NonblockingAcceptGivesEagainTest {
    private static final Set<Feature> INET = Set.of(Feature.INET, Feature.NONBLOCKING);
    private static final long NO_BUFFER = 0;
    private static final long A_BUFFER = 1;

    @Test
    void the_reference_gives_eagain_with_a_buffer_offered_or_not() {
        assertThatCode(() -> FixedCase.checkDraws(
                        new NonblockingAcceptGivesEagain(), new ForwardingStack() {}, INET, NO_BUFFER))
                .doesNotThrowAnyException();
        assertThatCode(() -> FixedCase.checkDraws(
                        new NonblockingAcceptGivesEagain(), new ForwardingStack() {}, INET, A_BUFFER))
                .doesNotThrowAnyException();
    }

    @Test
    void another_errno_breaks_the_clause() {
        ForwardingStack invalid = new ForwardingStack() {
            @Override
            public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
                throw new ErrnoException(Errno.EINVAL);
            }
        };
        assertThatThrownBy(() -> FixedCase.checkDraws(new NonblockingAcceptGivesEagain(), invalid, INET))
                .isInstanceOf(Violation.class)
                .hasMessageEndingWith("on a non-blocking listener with nothing pending: expected "
                        + Errno.EAGAIN.describe() + " (EWOULDBLOCK), got " + Errno.EINVAL.describe());
    }

    @Test
    void a_descriptor_returned_with_nothing_pending_breaks_the_clause() {
        ForwardingStack invents = new ForwardingStack() {
            @Override
            public int accept(int fd, SockaddrBuffer from) {
                return 99;
            }
        };
        assertThatThrownBy(() -> FixedCase.checkDraws(new NonblockingAcceptGivesEagain(), invents, INET))
                .isInstanceOf(Violation.class)
                .hasMessageEndingWith(
                        "on a non-blocking listener with nothing pending returned descriptor 99; expected "
                                + Errno.EAGAIN.describe());
    }

    @Test
    void an_accept_that_blocks_breaks_the_clause_within_the_quiet_window() {
        assertThatThrownBy(() ->
                        FixedCase.checkDraws(new NonblockingAcceptGivesEagain(), new NonblockingModeIgnored(), INET))
                .isInstanceOf(StuckCall.class)
                .hasMessageEndingWith("(EAGAIN at once expected) did not finish within "
                        + FixedCase.PATIENT.quietWindow().toMillis() + " ms");
    }
}
