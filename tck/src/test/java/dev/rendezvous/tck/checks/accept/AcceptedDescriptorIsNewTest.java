package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.ByteInvertingStack;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** ACCEPT-NEW-DESCRIPTOR: each accept returns a new descriptor for a socket of its own. */
class AcceptedDescriptorIsNewTest {
    @Test
    void on_the_reference_the_drawn_accepted_sockets_are_new_and_independent() throws Exception {
        // four clients; the second accepted socket is closed; the third kept connection carries bytes
        try (FixedCase c = FixedCase.onReference(new AcceptedDescriptorIsNew(), Feature.INET, 3, 1, 2)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).filteredOn(call -> call.startsWith("accept(")).hasSize(5);
            assertThat(c.calls()).filteredOn(call -> call.startsWith("send(")).hasSize(2);
            assertThat(c.calls())
                    .as("the drawn accepted socket, then the listener")
                    .filteredOn(call -> call.startsWith("close("))
                    .hasSize(2);
        }
    }

    @Test
    void the_drawn_sockets_to_close_and_to_keep_are_always_among_those_accepted() throws Exception {
        // one client; the draws for which socket to close and which to keep are past the range
        try (FixedCase c = FixedCase.onReference(new AcceptedDescriptorIsNew(), Feature.INET, 0, 9, 9)) {
            assertThatCode(c::check).doesNotThrowAnyException();
        }
    }

    @Test
    void a_descriptor_that_is_already_open_is_a_violation_listing_the_open_ones() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptedDescriptorIsNew(), new ReturnsTheListener(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\((\\d+)\\) for client 1 of 1 returned descriptor \\1, which is"
                            + " already open \\(open descriptors: \\[.*]\\); a new descriptor must be returned");
        }
    }

    @Test
    void an_accept_that_fails_is_a_violation_naming_the_client() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptedDescriptorIsNew(), new AbortsAccept(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(\\d+\\) for client 1 of 1 failed with ECONNABORTED \\(103\\): .*");
        }
    }

    @Test
    void closing_an_accepted_socket_must_leave_the_listener_accepting() throws Exception {
        try (FixedCase c =
                FixedCase.of(new AcceptedDescriptorIsNew(), new ClosesListenerWithAccepted(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("a client arriving after accepted socket \\d+ was closed \\(listener \\d+\\)"
                            + " could not connect to .*");
        }
    }

    @Test
    void closing_the_listener_must_leave_the_kept_connection_working() throws Exception {
        try (FixedCase c =
                FixedCase.of(new AcceptedDescriptorIsNew(), ByteInvertingStack.onAccepted(), Feature.INET, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("after the listener \\d+ was closed, the connection of accepted socket \\d+:"
                            + " the bytes sent on \\d+ and received on \\d+: expected \\[00], got \\[ff]");
        }
    }

    /** Accept takes the connection, drops it and returns the listener's own descriptor. */
    private static final class ReturnsTheListener extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            target.close(target.accept(fd, from));
            return fd;
        }
    }

    /** Accept drops the connection it took and fails. */
    private static final class AbortsAccept extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            target.close(target.accept(fd, from));
            throw new ErrnoException(Errno.ECONNABORTED, "dropped");
        }
    }

    /** Closing an accepted socket closes its listener too. */
    private static final class ClosesListenerWithAccepted extends ForwardingStack {
        private final Map<Integer, Integer> listenerOf = new ConcurrentHashMap<>();
        private final Set<Integer> closedListeners = ConcurrentHashMap.newKeySet();

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            int accepted = target.accept(fd, from);
            listenerOf.put(accepted, fd);
            return accepted;
        }

        @Override
        public void close(int fd) throws ErrnoException {
            target.close(fd);
            Integer listener = listenerOf.remove(fd);
            if (listener != null && closedListeners.add(listener)) {
                target.close(listener);
            }
        }
    }
}
