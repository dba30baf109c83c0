package dev.rendezvous.tck.checks.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import org.junit.jupiter.api.Test;

/** Connects that fail: where no server listens, the failure, and what the socket keeps. */
class FailedConnectTest {
    private static FixedCase inet(ForwardingStack stack, long... draws) {
        FixedCase c = FixedCase.of(
                Checks.byId("CONNECT-ERROR-RETURNED/errno-not-exception").orElseThrow(), stack, Feature.INET, draws);
        c.c().family();
        return c;
    }

    @Test
    void a_refused_name_is_held_by_a_socket_bound_at_a_drawn_address_without_listen() throws Exception {
        try (FixedCase c = inet(new ForwardingStack() {}, 6)) {
            Sockaddr refused = FailedConnect.refusedName(c.c(), AddressFamily.AF_INET);
            assertThat(refused.describe()).startsWith("AF_INET 127.0.0.7:");
            assertThat(refused.port()).isNotZero();
            assertThat(c.calls()).noneMatch(call -> call.startsWith("listen("));
            int client = c.c().socket(AddressFamily.AF_INET);
            assertThat(FailedConnect.outcome(c.c(), client, refused.bytes(), refused.length()))
                    .isEqualTo(Errno.ECONNREFUSED);
        }
    }

    @Test
    void the_outcome_of_a_connect_that_returns_is_no_errno() throws Exception {
        try (FixedCase c = inet(new ForwardingStack() {})) {
            Endpoint l = c.c().listener(AddressFamily.AF_INET);
            int client = c.c().socket(AddressFamily.AF_INET);
            assertThat(FailedConnect.outcome(
                            c.c(), client, l.name().bytes(), l.name().length()))
                    .isNull();
        }
    }

    @Test
    void a_connect_that_must_fail_gives_its_errno_or_is_a_violation_when_it_returns() throws Exception {
        try (FixedCase c = inet(new ForwardingStack() {})) {
            Sockaddr refused = c.c().refusedName(AddressFamily.AF_INET);
            int client = c.c().socket(AddressFamily.AF_INET);
            assertThat(FailedConnect.expect(c.c(), client, refused.bytes(), refused.length(), "connect(a)"))
                    .isEqualTo(Errno.ECONNREFUSED);
        }
        try (FixedCase c = inet(new ConnectReturns())) {
            Sockaddr refused = c.c().refusedName(AddressFamily.AF_INET);
            int client = c.c().socket(AddressFamily.AF_INET);
            assertThatThrownBy(
                            () -> FailedConnect.expect(c.c(), client, refused.bytes(), refused.length(), "connect(b)"))
                    .isInstanceOf(Violation.class)
                    .hasMessage("connect(b): the connection cannot succeed, an error must be returned, but connect"
                            + " returned 0");
        }
    }

    @Test
    void a_provoked_failure_that_succeeds_leaves_the_property_not_verified() throws Exception {
        try (FixedCase c = inet(new ConnectReturns())) {
            Sockaddr refused = c.c().refusedName(AddressFamily.AF_INET);
            int client = c.c().socket(AddressFamily.AF_INET);
            assertThatThrownBy(() -> FailedConnect.provoke(c.c(), client, refused, "the socket"))
                    .isInstanceOf(NotVerifiedException.class)
                    .hasMessage("connect on the socket to " + refused.describe() + ", where no server listens,"
                            + " succeeded: there is no failed connect to check the name after");
        }
        try (FixedCase c = inet(new ForwardingStack() {})) {
            Sockaddr refused = c.c().refusedName(AddressFamily.AF_INET);
            int client = c.c().socket(AddressFamily.AF_INET);
            assertThatCode(() -> FailedConnect.provoke(c.c(), client, refused, "the socket"))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void the_name_after_a_failure_must_still_be_there() throws Exception {
        try (FixedCase c = inet(new ForwardingStack() {})) {
            Endpoint b = c.c().bound(AddressFamily.AF_INET);
            assertThat(FailedConnect.nameAfter(c.c(), b.fd(), "getsockname(q)")).isEqualTo(b.name());
            int closed = c.c().socket(AddressFamily.AF_INET);
            c.c().stack().close(closed);
            assertThatThrownBy(() -> FailedConnect.nameAfter(c.c(), closed, "getsockname(q)"))
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching(
                            "getsockname\\(q\\) failed with EBADF \\(9\\): .*: the socket's name must" + " remain");
        }
    }

    @Test
    void an_unconnected_socket_gives_enotconn_and_a_connected_one_is_a_violation() throws Exception {
        try (FixedCase c = inet(new ForwardingStack() {})) {
            int loose = c.c().socket(AddressFamily.AF_INET);
            assertThatCode(() -> FailedConnect.expectUnconnected(c.c(), loose, "nothing"))
                    .doesNotThrowAnyException();
            int client = c.c().connectedClient(c.c().listener(AddressFamily.AF_INET));
            assertThatThrownBy(() -> FailedConnect.expectUnconnected(c.c(), client, "the failed connect"))
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getpeername\\(" + client + "\\) after the failed connect \\(the socket must"
                            + " not be connected\\): expected ENOTCONN \\(107\\): .*, but the call succeeded");
        }
    }

    /** connect returns without connecting anything. */
    private static final class ConnectReturns extends ForwardingStack {
        @Override
        public void connect(int fd, byte[] address, int length) {}
    }
}
