package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class RendezvousUnrelatedProcessMutantsTest {
    @Test
    void a_listener_in_another_process_that_is_never_reached_is_caught() {
        assertKilled(
                ListensOnlyInTheFirstProcess.class,
                "this process's client of the server process could not connect to",
                "ECONNREFUSED");
    }

    @Test
    void the_reference_implementation_keeps_the_clause_both_ways() {
        assertReferencePasses("RENDEZVOUS-UNRELATED-PROCESS");
    }
}
