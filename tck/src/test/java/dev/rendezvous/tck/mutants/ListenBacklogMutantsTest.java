package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class ListenBacklogMutantsTest {
    @Test
    void a_backlog_ignored_beyond_one_connection_is_caught_with_backlog_two() {
        assertKilled(BacklogOfOne.class, "client 2 of 2 while listen(", "could not connect", "ECONNREFUSED");
    }

    @Test
    void a_listen_that_rejects_backlog_zero_is_caught() {
        assertKilled(BacklogMustBePositive.class, ", 0) failed with EINVAL", "listen takes any int");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("LISTEN-BACKLOG");
    }
}
