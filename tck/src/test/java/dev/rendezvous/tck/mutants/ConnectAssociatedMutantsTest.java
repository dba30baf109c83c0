package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Data transfer may begin" as soon as connect returns, before the server accepts. */
class ConnectAssociatedMutantsTest {
    @Test
    void the_bytes_of_a_client_that_closed_thrown_away_at_accept_are_caught() {
        assertThat(assertKilled(ClosedClientsBytesDiscarded.class, "gave the end of the stream after 0 of")
                        .replay())
                .startsWith("rv1:CONNECT-ASSOCIATED/bytes-before-accept:");
    }
}
