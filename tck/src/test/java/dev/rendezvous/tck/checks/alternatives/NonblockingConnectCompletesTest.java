package dev.rendezvous.tck.checks.alternatives;

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
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * ALTERNATIVES-NONBLOCKING, connect, one case at a time over the reference: a stack may tell a
 * non-blocking client of its established connection only through a later connect, and the
 * check then asks that connect; what else a stack answers breaks the clause.
 */
class NonblockingConnectCompletesTest {
    private static final Set<Feature> INET = Set.of(Feature.INET, Feature.NONBLOCKING);

    @Test
    void the_reference_completes_the_connection() {
        assertThatCode(() -> FixedCase.checkDraws(new NonblockingConnectCompletes(), new ForwardingStack() {}, INET))
                .doesNotThrowAnyException();
    }

    @Test
    void a_stack_that_tells_of_the_connection_only_through_a_later_connect_keeps_the_clause() throws Exception {
        ToldByConnect stack = new ToldByConnect(Errno.EISCONN);
        FixedCase.checkDraws(new NonblockingConnectCompletes(), stack, INET);
        assertThat(stack.laterConnects.get()).isEqualTo(1);
    }

    @Test
    void a_later_connect_that_succeeds_reports_the_connection_too() throws Exception {
        ToldByConnect stack = new ToldByConnect(null);
        FixedCase.checkDraws(new NonblockingConnectCompletes(), stack, INET);
        assertThat(stack.laterConnects.get()).isEqualTo(1);
    }

    @Test
    void a_later_connect_that_still_says_in_progress_breaks_the_clause() {
        assertThatThrownBy(() -> FixedCase.checkDraws(
                        new NonblockingConnectCompletes(), new ToldByConnect(Errno.EALREADY), INET))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("the server accepted the connection of connect(")
                .hasMessageContaining(
                        "but getpeername gave ENOTCONN and a later connect gave " + Errno.EALREADY.describe())
                .hasMessageEndingWith("expected " + Errno.EISCONN.describe() + " or success");
    }

    @Test
    void the_client_connects_in_non_blocking_mode() throws Exception {
        ToldByConnect stack = new ToldByConnect(Errno.EISCONN);
        FixedCase.checkDraws(new NonblockingConnectCompletes(), stack, INET);
        assertThat(stack.connectedNonBlocking).isTrue();
    }

    @Test
    void a_peer_name_other_than_the_servers_breaks_the_clause() {
        assertThatThrownBy(() -> FixedCase.checkDraws(new NonblockingConnectCompletes(), new PeerIsOwnName(), INET))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("getpeername(")
                .hasMessageContaining(" once the connection was accepted: expected ");
    }

    @Test
    void a_getpeername_that_fails_otherwise_after_the_accept_breaks_the_clause() {
        ForwardingStack stack = new ForwardingStack() {
            @Override
            public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
                throw new ErrnoException(Errno.EINVAL);
            }
        };
        assertThatThrownBy(() -> FixedCase.checkDraws(new NonblockingConnectCompletes(), stack, INET))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("after the connection was accepted, getpeername(")
                .hasMessageEndingWith("failed with " + Errno.EINVAL.describe());
    }

    @Test
    void a_non_blocking_connect_that_fails_otherwise_than_in_progress_breaks_the_clause() {
        ForwardingStack stack = new ForwardingStack() {
            @Override
            public void connect(int fd, byte[] address, int length) throws ErrnoException {
                throw new ErrnoException(Errno.EAGAIN);
            }
        };
        assertThatThrownBy(() -> FixedCase.checkDraws(new NonblockingConnectCompletes(), stack, INET))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("in non-blocking mode failed with " + Errno.EAGAIN.describe())
                .hasMessageEndingWith("expected success or " + Errno.EINPROGRESS.describe());
    }

    @Test
    void a_connection_that_is_never_accepted_breaks_the_clause() {
        ForwardingStack stack = new ForwardingStack() {
            @Override
            public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
                throw new ErrnoException(Errno.ECONNABORTED);
            }
        };
        assertThatThrownBy(() -> FixedCase.checkDraws(new NonblockingConnectCompletes(), stack, INET))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("failed with " + Errno.ECONNABORTED.describe())
                .hasMessageEndingWith("the connection must complete and be accepted");
    }

    /**
     * Connects in non-blocking mode with EINPROGRESS, and until the program connects again,
     * getpeername gives ENOTCONN; that later connect gives the errno given (or
     * succeeds for {@code null}).
     */
    private static final class ToldByConnect extends ForwardingStack {
        final AtomicInteger laterConnects = new AtomicInteger();
        volatile boolean connectedNonBlocking;
        private final Set<Integer> nonBlocking = ConcurrentHashMap.newKeySet();
        private final Set<Integer> untold = ConcurrentHashMap.newKeySet();
        private final Errno later;

        ToldByConnect(Errno later) {
            this.later = later;
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (untold.remove(fd)) {
                laterConnects.incrementAndGet();
                if (later != null) {
                    throw new ErrnoException(later);
                }
                return;
            }
            connectedNonBlocking = nonBlocking.contains(fd);
            try {
                super.connect(fd, address, length);
            } catch (ErrnoException e) {
                if (e.errno() == Errno.EINPROGRESS) {
                    untold.add(fd);
                }
                throw e;
            }
            untold.add(fd);
            throw new ErrnoException(Errno.EINPROGRESS);
        }

        @Override
        public void setBlocking(int fd, boolean blocking) throws ErrnoException {
            super.setBlocking(fd, blocking);
            if (blocking) {
                nonBlocking.remove(fd);
            } else {
                nonBlocking.add(fd);
            }
        }

        @Override
        public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
            if (untold.contains(fd)) {
                throw new ErrnoException(Errno.ENOTCONN);
            }
            super.getpeername(fd, name);
        }
    }
}
