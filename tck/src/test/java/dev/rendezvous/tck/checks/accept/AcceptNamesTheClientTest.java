package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import org.junit.jupiter.api.Test;

/** ACCEPT-CLIENT-NAME: the name accept fills in is the client's own, as getsockname and getpeername give it. */
class AcceptNamesTheClientTest {
    private static final long UNBOUND = 0;
    private static final long BOUND = 1;
    /** A UNIX-domain path draws its length first: offset 0, no drawn characters. */
    private static final long PLAIN_PATH = 0;

    @Test
    void an_unbound_client_is_named_by_the_system_and_accept_reports_that_name() throws Exception {
        try (FixedCase c = FixedCase.onReference(new AcceptNamesTheClient(), Feature.INET, UNBOUND)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).filteredOn(call -> call.startsWith("bind(")).hasSize(1);
        }
    }

    @Test
    void an_inet_client_is_bound_to_the_drawn_loopback_address() throws Exception {
        try (FixedCase c = FixedCase.onReference(new AcceptNamesTheClient(), Feature.INET, BOUND, 4)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).anyMatch(call -> call.startsWith("bind(") && call.contains("127.0.0.5:0"));
        }
    }

    @Test
    void a_unix_client_is_bound_to_a_fresh_path() throws Exception {
        try (FixedCase c = FixedCase.onReference(new AcceptNamesTheClient(), Feature.UNIX, PLAIN_PATH, BOUND)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).filteredOn(call -> call.startsWith("bind(")).hasSize(2);
        }
    }

    @Test
    void accept_filling_in_the_listeners_name_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptNamesTheClient(), new FillsInListenerName(), Feature.INET, UNBOUND)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching(
                            "the name accept\\(\\d+\\) filled in, against the client's getsockname\\(\\d+\\):"
                                    + " expected AF_INET 127.0.0.1:\\d+ .*, got AF_INET 127.0.0.1:\\d+ .*");
        }
    }

    @Test
    void a_peer_name_other_than_the_one_accept_filled_in_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptNamesTheClient(), new PeerIsOwnName(), Feature.INET, UNBOUND)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith("the accepted socket's getpeername(")
                    .hasMessageContaining("), against the name accept filled in: expected ");
        }
    }

    /** Accept fills in the listener's own name where the client's belongs. */
    private static final class FillsInListenerName extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            int offered = from.length();
            int accepted = target.accept(fd, from);
            SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, own);
            from.setLength(offered);
            from.store(own.name());
            return accepted;
        }
    }
}
