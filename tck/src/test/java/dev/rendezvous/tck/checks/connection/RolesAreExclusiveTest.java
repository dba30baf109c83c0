package dev.rendezvous.tck.checks.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import org.junit.jupiter.api.Test;

/** CONNECTION-ASYMMETRIC: a listening socket will not connect, a connected one will not listen or connect again. */
class RolesAreExclusiveTest {
    @Test
    void the_reference_keeps_the_client_in_its_role_toward_the_servers_own_name() throws Exception {
        try (FixedCase c = FixedCase.onReference(new RolesAreExclusive(), Feature.INET)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            // the server is descriptor 3, its client 4, the connection accept returned 5
            assertThat(c.calls())
                    .anyMatch(call -> call.matches("connect\\(3, \\{AF_INET 127\\.0\\.0\\.1:.*-> EISCONN \\(106\\)"))
                    .contains("listen(4, 1) -> EINVAL (22)")
                    .anyMatch(call -> call.matches("connect\\(4, \\{AF_INET 127\\.0\\.0\\.1:.*-> EISCONN \\(106\\)"))
                    .noneMatch(call -> call.startsWith("listen(5,") || call.startsWith("connect(5,"));
        }
    }

    @Test
    void the_reference_keeps_the_accepted_socket_in_its_role_toward_other_servers() throws Exception {
        try (FixedCase c = FixedCase.onReference(new RolesAreExclusive(), Feature.INET, 0, 0, 1, 5, 0, 1, 0, 1, 9, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            // the server is descriptor 3, another server 4, the client 5, the connection accept returned 6
            assertThat(c.calls())
                    .anyMatch(call -> call.matches("connect\\(3, \\{AF_INET 127\\.0\\.0\\.6:.*-> EISCONN \\(106\\)"))
                    .contains("listen(6, 1) -> EINVAL (22)")
                    .anyMatch(call -> call.matches("connect\\(6, \\{AF_INET 127\\.0\\.0\\.10:.*-> EISCONN \\(106\\)"))
                    .noneMatch(
                            call -> call.startsWith("listen(5,") || call.startsWith("connect(5, {AF_INET 127.0.0.10"));
        }
    }

    @Test
    void a_client_that_listens_is_a_violation_naming_the_clients_socket() throws Exception {
        try (FixedCase c = FixedCase.of(new RolesAreExclusive(), new ConnectedListens(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching(
                            "listen\\(\\d+, 1\\) on the client's connected socket: expected EINVAL \\(22\\).*,"
                                    + " but the call succeeded");
        }
    }

    @Test
    void an_accepted_socket_that_listens_is_a_violation_naming_it() throws Exception {
        try (FixedCase c = FixedCase.of(new RolesAreExclusive(), new ConnectedListens(), Feature.INET, 0, 0, 0, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("listen\\(\\d+, 1\\) on the connected socket accept returned: expected EINVAL"
                            + " \\(22\\).*, but the call succeeded");
        }
    }

    @Test
    void a_client_whose_peer_is_not_the_server_after_the_refused_calls_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new RolesAreExclusive(), new PeerIsOwnName(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith("the client's peer name after the refused listen and connect: expected");
        }
    }

    /** Listen on any socket returns 0, connected or not, as if it took the role. */
    private static final class ConnectedListens extends ForwardingStack {
        @Override
        public void listen(int fd, int backlog) throws ErrnoException {
            try {
                target.listen(fd, backlog);
            } catch (ErrnoException e) {
                // the role is taken silently
            }
        }
    }
}
