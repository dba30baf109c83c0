package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class ServerListenThenAcceptMutantsTest {
    @Test
    void accept_that_starts_listening_by_itself_is_caught() {
        assertKilled(AcceptListensImplicitly.class, "on a bound socket that is not listening", "did not finish within");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("SERVER-LISTEN-THEN-ACCEPT");
    }
}
