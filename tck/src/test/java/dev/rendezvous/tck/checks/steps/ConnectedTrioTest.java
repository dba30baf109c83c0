package dev.rendezvous.tck.checks.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.checks.FixedCase;
import org.junit.jupiter.api.Test;

/** A listener, a client connected to it and the accepted socket, with the client's name accept gave. */
class ConnectedTrioTest {
    @Test
    void the_trio_is_a_connection_between_client_and_accepted_socket_of_the_listener() throws Exception {
        try (FixedCase c = FixedCase.onReference(
                Checks.byId("ACCEPT-NULL-POINTER/null-buffer").orElseThrow(), Feature.UNIX)) {
            ConnectedTrio t = ConnectedTrio.open(c.c(), AddressFamily.AF_UNIX);
            assertThat(c.c().nameOf(t.listener().fd())).isEqualTo(t.listener().name());
            assertThat(c.c().peerOf(t.client())).isEqualTo(t.listener().name());
            assertThat(t.clientName()).isEqualTo(c.c().nameOf(t.client()));
            assertThat(c.c().peerOf(t.accepted())).isEqualTo(t.clientName());
            assertThat(c.calls())
                    .anyMatch(call -> call.matches(
                            "accept\\(" + t.listener().fd() + ", buf\\[\\d+], &len=\\d+\\) = " + t.accepted() + " .*"));
        }
    }
}
