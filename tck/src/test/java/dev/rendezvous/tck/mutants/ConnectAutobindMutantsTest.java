package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name connect selects is really bound: held against other binds while its client is open. */
class ConnectAutobindMutantsTest {
    @Test
    void a_selected_name_another_socket_can_bind_is_caught() {
        assertThat(assertKilled(
                                AutoboundNameNotHeld.class,
                                "to the name the system bound to an open client: expected EADDRINUSE",
                                "but the call succeeded")
                        .replay())
                .startsWith("rv1:CONNECT-AUTOBIND/autobound-name-held:");
    }
}
