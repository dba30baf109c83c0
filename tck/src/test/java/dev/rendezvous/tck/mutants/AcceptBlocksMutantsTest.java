package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AcceptBlocksMutantsTest {
    @Test
    void accept_that_returns_before_a_client_arrives_is_caught() {
        assertKilled(
                AcceptDoesNotBlock.class,
                "with nothing pending failed within",
                "EAGAIN",
                "accept will not return until a connection is available");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-BLOCKS");
    }
}
