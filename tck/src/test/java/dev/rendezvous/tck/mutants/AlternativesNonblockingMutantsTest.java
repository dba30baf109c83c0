package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AlternativesNonblockingMutantsTest {
    @Test
    void a_non_blocking_accept_that_blocks_is_caught() {
        assertKilled(
                NonblockingModeIgnored.class,
                "on a non-blocking listener with nothing pending",
                "did not finish within 100 ms");
    }

    @Test
    void a_non_blocking_connect_that_never_completes_is_caught() {
        assertKilled(
                NonblockingConnectNeverCompletes.class,
                "a non-blocking client's connection is in progress",
                "did not finish within");
    }

    @Test
    void an_accepted_socket_inheriting_the_listeners_non_blocking_mode_is_caught() {
        assertKilled(
                AcceptedInheritsNonblocking.class,
                "the socket accepted from a non-blocking listener is not in blocking mode",
                "EAGAIN");
    }

    @Test
    void einprogress_again_while_a_connect_is_pending_is_caught() {
        assertKilled(
                PendingConnectGivesEinprogressAgain.class,
                "a second connect(",
                "failed with EINPROGRESS",
                "expected EALREADY");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ALTERNATIVES-NONBLOCKING");
    }
}
