package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Data transfer may begin" as soon as connect returns, before the server accepts. */
class ConnectAssociatedMutantsTest {
    @Test
    void bytes_thrown_away_at_accept_are_caught() {
        assertThat(assertKilled(
                                AcceptDiscardsEarlyBytes.class,
                                "bytes the client sent right after connect, before accept",
                                "did not finish within")
                        .replay())
                .startsWith("rv1:CONNECT-ASSOCIATED/bytes-before-accept:");
    }
}
