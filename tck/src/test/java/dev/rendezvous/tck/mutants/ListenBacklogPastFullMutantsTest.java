package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The backlog past full, and listen said again. */
class ListenBacklogPastFullMutantsTest {
    @Test
    void a_client_beyond_the_queue_told_it_connected_and_lost_is_caught() {
        assertThat(assertKilled(ConnectBeyondQueueFaked.class, "did not return within the event deadline", "lost")
                        .replay())
                .startsWith("rv1:LISTEN-BACKLOG/held-clients-complete:");
    }

    @Test
    void a_queue_dropped_by_a_second_listen_is_caught() {
        assertThat(assertKilled(ListenAgainDropsQueue.class, "queued before listen(", "again on a socket listening")
                        .replay())
                .startsWith("rv1:LISTEN-BACKLOG/listen-again:");
    }
}
