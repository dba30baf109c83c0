package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.StuckCall;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.AcceptReusesOpenDescriptor;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** CONNECT-INITIATES: a few clients connect before any accept; accept then returns each as a new descriptor. */
class RoundTripTest {
    @Test
    void the_reference_connects_the_drawn_number_of_clients_then_accepts_each() throws Exception {
        try (FixedCase c = FixedCase.onReference(new RoundTrip(), Feature.INET, 2, 1)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).contains("listen(3, 3) = 0");
            assertThat(c.calls())
                    .filteredOn(call -> call.startsWith("connect("))
                    .hasSize(2);
            assertThat(c.calls())
                    .filteredOn(call -> call.startsWith("accept(3, "))
                    .hasSize(2);
            int lastConnect = lastIndexOf(c, "connect(");
            int firstAccept = c.calls()
                    .indexOf(c.calls().stream()
                            .filter(call -> call.startsWith("accept("))
                            .findFirst()
                            .orElseThrow());
            assertThat(lastConnect).isLessThan(firstAccept);
        }
    }

    @Test
    void a_client_not_connected_to_the_server_is_a_violation_naming_it() throws Exception {
        try (FixedCase c = FixedCase.of(new RoundTrip(), new PeerIsOwnName(), Feature.INET, 2, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith(
                            "the client's peer name after connect (client 1 of 2, before any accept): expected");
        }
    }

    @Test
    void an_accept_that_does_not_return_is_stuck_naming_the_connection() throws Exception {
        try (FixedCase c = FixedCase.of(new RoundTrip(), new AcceptNeverReturns(), Feature.INET, 2, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(StuckCall.class)
                    .hasMessageStartingWith("accept(3) of connection 1 of 2 did not finish within");
        }
    }

    @Test
    void a_descriptor_already_open_returned_by_accept_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new RoundTrip(), new AcceptReusesOpenDescriptor(), Feature.INET, 2, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept returned descriptor \\d+, which is already open \\(listener 3; clients"
                            + " and accepted sockets .*\\)");
        }
    }

    private static int lastIndexOf(FixedCase c, String prefix) {
        int last = -1;
        for (int i = 0; i < c.calls().size(); i++) {
            if (c.calls().get(i).startsWith(prefix)) {
                last = i;
            }
        }
        return last;
    }

    /** Accept blocks until interrupted, whatever connections are queued. */
    private static final class AcceptNeverReturns extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            try {
                new CountDownLatch(1).await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ErrnoException(Errno.EINTR, "interrupted");
        }
    }
}
