package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AcceptSignalMutantsTest {
    @Test
    void an_ignored_interrupt_is_caught() {
        assertKilled(InterruptIgnoredOnce.class, "after Thread.interrupt()", "did not finish within");
    }

    @Test
    void an_interrupt_that_closes_the_listener_is_caught() {
        assertKilled(InterruptClosesListener.class, "the next client, after accept(", "could not connect");
    }

    @Test
    void an_interrupt_status_left_set_is_caught() {
        assertKilled(InterruptLeavesStatusSet.class, "left the thread's interrupt status set");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-SIGNAL");
    }
}
