package dev.rendezvous.tck.checks.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.ImplementationFault;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.checks.SmallBreakages.AbortsAccept;
import dev.rendezvous.tck.checks.SmallBreakages.NamesTheListener;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** LISTEN-BACKLOG, the queue: b clients connect while nothing is accepted; one more may be held, refused or queued. */
class BacklogQueuesClientsTest {
    /** The backlog is 1 + offset. */
    private static final long BACKLOG_ONE = 0;

    private static final long BACKLOG_THREE = 2;

    @Test
    void the_reference_queues_the_backlog_and_accepts_every_queued_client() throws Exception {
        try (FixedCase c = FixedCase.onReference(new BacklogQueuesClients(), Feature.INET, BACKLOG_THREE)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls())
                    .filteredOn(call -> call.startsWith("connect("))
                    .hasSize(4);
            assertThat(c.calls()).filteredOn(call -> call.startsWith("accept(")).hasSize(3);
        }
    }

    @Test
    void unix_clients_are_bound_to_the_listeners_path_with_their_number() throws Exception {
        try (FixedCase c = FixedCase.onReference(new BacklogQueuesClients(), Feature.UNIX, 0, BACKLOG_ONE)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls())
                    .anyMatch(call -> call.startsWith("bind(") && call.contains(".1\""))
                    .anyMatch(call -> call.startsWith("bind(") && call.contains(".2\""));
        }
    }

    @Test
    void a_client_beyond_the_backlog_may_be_refused_or_held() throws Exception {
        for (ForwardingStack extra : new ForwardingStack[] {
            new ConnectsBeyond(1, new Refuses(Errno.ECONNREFUSED)), new ConnectsBeyond(1, new Holds())
        }) {
            try (FixedCase c = FixedCase.of(new BacklogQueuesClients(), extra, Feature.INET, BACKLOG_ONE)) {
                assertThatCode(c::check).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void a_client_beyond_the_backlog_failing_with_another_errno_is_a_violation() throws Exception {
        ForwardingStack unreachable = new ConnectsBeyond(1, new Refuses(Errno.ENETUNREACH));
        try (FixedCase c = FixedCase.of(new BacklogQueuesClients(), unreachable, Feature.INET, BACKLOG_ONE)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("connect of a client beyond the backlog 1 \\(1 connections queued, none"
                            + " accepted\\) failed with ENETUNREACH \\(101\\): .*; it may be held, refused"
                            + " \\(ECONNREFUSED, EAGAIN\\), time out \\(ETIMEDOUT\\) or complete");
        }
    }

    @Test
    void a_client_beyond_the_backlog_that_throws_is_reported_as_the_implementations_fault() throws Exception {
        ForwardingStack throwing = new ConnectsBeyond(1, new Throws());
        try (FixedCase c = FixedCase.of(new BacklogQueuesClients(), throwing, Feature.INET, BACKLOG_ONE)) {
            assertThatThrownBy(c::check).isInstanceOf(ImplementationFault.class);
        }
    }

    @Test
    void a_client_within_the_backlog_that_cannot_connect_is_a_violation() throws Exception {
        ForwardingStack backlogOfOne = new ConnectsBeyond(1, new Refuses(Errno.ECONNREFUSED));
        try (FixedCase c = FixedCase.of(new BacklogQueuesClients(), backlogOfOne, Feature.INET, BACKLOG_THREE)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("client 2 of 3 while listen\\(\\d+, 3\\) queues up to 3 connections awaiting"
                            + " acceptance could not connect to .*: ECONNREFUSED \\(111\\): .*");
        }
    }

    @Test
    void an_accept_of_a_queued_connection_that_fails_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new BacklogQueuesClients(), new AbortsAccept(), Feature.INET, BACKLOG_ONE)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept 1 of the 1 queued connections \\(backlog 1\\) failed with ECONNABORTED"
                            + " \\(103\\): .*");
        }
    }

    @Test
    void an_accepted_name_that_is_no_queued_client_is_a_violation() throws Exception {
        try (FixedCase c =
                FixedCase.of(new BacklogQueuesClients(), new NamesTheListener(), Feature.INET, BACKLOG_ONE)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept 1 of the 1 queued connections \\(backlog 1\\) gave AF_INET .*, which is"
                            + " no client still queued: \\[AF_INET .*]");
        }
    }

    @Test
    void a_case_leaves_room_for_the_quiet_window_and_the_tries_are_bounded() {
        BacklogQueuesClients p = new BacklogQueuesClients();
        Knobs knobs = FixedCase.QUICK;
        assertThat(p.caseDeadline(knobs))
                .isGreaterThanOrEqualTo(
                        knobs.callDeadline().plus(knobs.eventDeadline()).plus(knobs.quietWindow()));
        assertThat(p.maxTries()).isPositive().isLessThan(Integer.MAX_VALUE);
    }

    /** What a connect beyond the first ones does. */
    @FunctionalInterface
    private interface Beyond {
        void connect() throws ErrnoException;
    }

    /** The first {@code allowed} connects go through; every later one does something else. */
    private static final class ConnectsBeyond extends ForwardingStack {
        private final int allowed;
        private final Beyond beyond;
        private final AtomicInteger connects = new AtomicInteger();

        ConnectsBeyond(int allowed, Beyond beyond) {
            this.allowed = allowed;
            this.beyond = beyond;
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (connects.incrementAndGet() > allowed) {
                beyond.connect();
            }
            target.connect(fd, address, length);
        }
    }

    /** Fails with one errno. */
    private record Refuses(Errno errno) implements Beyond {
        @Override
        public void connect() throws ErrnoException {
            throw new ErrnoException(errno, "beyond the backlog");
        }
    }

    /** Waits until interrupted (a few seconds at most), then fails with EINTR. */
    private static final class Holds implements Beyond {
        @Override
        public void connect() throws ErrnoException {
            try {
                new CountDownLatch(1).await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ErrnoException(Errno.EINTR, "held");
        }
    }

    /** Throws what no call of the contract throws. */
    private static final class Throws implements Beyond {
        @Override
        public void connect() {
            throw new IllegalStateException("no room");
        }
    }
}
