package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertKilledOn;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AcceptCloseUnwantedMutantsTest {
    @Test
    void a_close_that_leaves_the_client_hanging_is_caught() {
        assertKilled(
                CloseOfAcceptedDeferred.class, "after the server closed the accepted socket", "did not finish within");
    }

    @Test
    void a_close_that_takes_the_listener_along_is_caught() {
        assertKilledOn(
                "ACCEPT-CLOSE-UNWANTED",
                ClosingAcceptedClosesListener.class,
                "the next client, after the server closed an unwanted connection,",
                "could not connect");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-CLOSE-UNWANTED");
    }
}
