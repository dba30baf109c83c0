package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AcceptClientNameMutantsTest {
    @Test
    void the_listeners_name_in_place_of_the_clients_is_caught() {
        assertKilled(AcceptGivesListenerName.class, "against the client's getsockname", "expected AF_INET 127.0.0.1:");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-CLIENT-NAME");
    }
}
