package dev.rendezvous.tck.checks.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.checks.SmallBreakages.AbortsAccept;
import dev.rendezvous.tck.checks.SmallBreakages.RefusesAll;
import dev.rendezvous.tck.mutants.ForwardingStack;
import org.junit.jupiter.api.Test;

/** LISTEN-BACKLOG, any int: listen takes any backlog, and the socket then listens. */
class AnyBacklogListensTest {
    @Test
    void the_reference_listens_with_each_kind_of_backlog() throws Exception {
        long[][] draws = {{0}, {1}, {2}, {3}, {4, 1}, {5, 1}};
        String[] backlogs = {"0", "-1", "-2147483648", "2147483647", "10", "-2147483647"};
        for (int i = 0; i < draws.length; i++) {
            try (FixedCase c = FixedCase.onReference(new AnyBacklogListens(), Feature.INET, draws[i])) {
                assertThatCode(c::check).doesNotThrowAnyException();
                String backlog = backlogs[i];
                assertThat(c.calls()).anyMatch(call -> call.matches("listen\\(\\d+, " + backlog + "\\) = 0"));
                assertThat(c.calls()).anyMatch(call -> call.matches("accept\\(\\d+, NULL, NULL\\) = \\d+"));
            }
        }
    }

    @Test
    void a_listen_that_rejects_the_backlog_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new AnyBacklogListens(), new RejectsBacklogsBelowOne(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("listen\\(\\d+, 0\\) failed with EINVAL \\(22\\): .*; the backlog only bounds"
                            + " the queue, and listen takes any int");
        }
    }

    @Test
    void a_client_that_cannot_connect_is_a_violation_naming_the_backlog() throws Exception {
        try (FixedCase c = FixedCase.of(new AnyBacklogListens(), new RefusesAll(), Feature.INET, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith("a client of a socket listening with backlog -1 could not connect to");
        }
    }

    @Test
    void an_accept_that_fails_is_a_violation_naming_the_backlog() throws Exception {
        try (FixedCase c = FixedCase.of(new AnyBacklogListens(), new AbortsAccept(), Feature.INET, 3)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(\\d+\\) after listen with backlog 2147483647 failed with"
                            + " ECONNABORTED \\(103\\): .*");
        }
    }

    /** listen with a backlog below 1 fails with EINVAL. */
    private static final class RejectsBacklogsBelowOne extends ForwardingStack {
        @Override
        public void listen(int fd, int backlog) throws ErrnoException {
            if (backlog < 1) {
                throw new ErrnoException(Errno.EINVAL, "backlog " + backlog);
            }
            target.listen(fd, backlog);
        }
    }
}
