package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.AcceptDoesNotBlock;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * CONNECT-SERVER-NAME, one case at a time over the reference: the listener not named has nothing
 * pending, seen through a non-blocking accept where the stack claims non-blocking mode, else
 * through a blocking accept still blocked after the quiet window.
 */
class ReachesNamedListenerTest {
    private static final Set<Feature> NONBLOCKING = Set.of(Feature.INET, Feature.NONBLOCKING);
    private static final Set<Feature> BLOCKING_ONLY = Set.of(Feature.INET);

    @Test
    void the_reference_keeps_the_clause_seen_either_way() {
        assertThatCode(() -> FixedCase.checkDraws(new ReachesNamedListener(), new ForwardingStack() {}, NONBLOCKING))
                .doesNotThrowAnyException();
        assertThatCode(() -> FixedCase.checkDraws(new ReachesNamedListener(), new ForwardingStack() {}, BLOCKING_ONLY))
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        FixedCase.checkDraws(new ReachesNamedListener(), new ForwardingStack() {}, BLOCKING_ONLY, 1))
                .doesNotThrowAnyException();
    }

    @Test
    void the_client_may_name_either_listener() {
        assertThatCode(() -> FixedCase.checkDraws(
                        new ReachesNamedListener(), new ForwardingStack() {}, NONBLOCKING, 0, 0, 0, 0, 0, 1))
                .doesNotThrowAnyException();
    }

    @Test
    void a_peer_name_other_than_the_named_listeners_breaks_the_clause() {
        assertThatThrownBy(() -> FixedCase.checkDraws(new ReachesNamedListener(), new PeerIsOwnName(), NONBLOCKING))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("naming listener");
    }

    @Test
    void without_non_blocking_mode_an_accept_on_the_other_listener_that_returns_breaks_the_clause() {
        assertThatThrownBy(
                        () -> FixedCase.checkDraws(new ReachesNamedListener(), new AcceptDoesNotBlock(), BLOCKING_ONLY))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("accept(")
                .hasMessageContaining("on the listener not named after connect(")
                .hasMessageContaining(
                        "failed within " + FixedCase.PATIENT.quietWindow().toMillis()
                                + " ms although the connection went to the listener named: ")
                .hasMessageContaining("EAGAIN");
    }

    @Test
    void with_non_blocking_mode_a_non_blocking_accept_on_the_other_listener_must_give_eagain() {
        ForwardingStack abortsInsteadOfEagain = new ForwardingStack() {
            @Override
            public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
                try {
                    return super.accept(fd, from);
                } catch (ErrnoException e) {
                    throw e.errno() == Errno.EAGAIN ? new ErrnoException(Errno.ECONNABORTED) : e;
                }
            }
        };
        assertThatThrownBy(() -> FixedCase.checkDraws(new ReachesNamedListener(), abortsInsteadOfEagain, NONBLOCKING))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("non-blocking accept(")
                .hasMessageContaining("(nothing may be pending there): expected " + Errno.EAGAIN.describe())
                .hasMessageEndingWith("got " + Errno.ECONNABORTED.describe());
    }
}
