package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AcceptNoFilteringMutantsTest {
    @Test
    void a_filter_on_the_clients_address_is_caught_with_one_client_from_127_0_0_2() {
        assertKilled(
                RefusesEvenLoopbackClients.class,
                "client 1 of 1 (bound to AF_INET 127.0.0.2:0)",
                "could not connect",
                "ECONNREFUSED");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-NO-FILTERING");
    }
}
