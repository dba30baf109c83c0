package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A listener closed under its queued clients, and under an accept blocked in another thread. */
class ListenerClosedMutantsTest {
    @Test
    void queued_clients_left_hanging_are_caught() {
        assertThat(assertKilled(
                                ListenerCloseKeepsQueuedClients.class,
                                "queued, never accepted",
                                "did not finish within")
                        .replay())
                .startsWith("rv1:ACCEPT-CLOSE-UNWANTED/listener-closed-under-clients:");
    }

    @Test
    void a_descriptor_kept_open_by_a_blocked_accept_is_caught() {
        assertThat(assertKilled(
                                CloseDeferredUnderAccept.class,
                                "(the descriptor must be free): expected EBADF",
                                "but the call succeeded")
                        .replay())
                .startsWith("rv1:ACCEPT-NEW-DESCRIPTOR/listener-closed-under-accept:");
    }
}
