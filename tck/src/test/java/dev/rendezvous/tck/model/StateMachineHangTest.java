package dev.rendezvous.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.harness.ClauseRunner;
import dev.rendezvous.tck.mutants.ModelAcceptHangsWhenNotListening;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import dev.rendezvous.tck.run.RunOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A call that hangs in the middle of a generated call sequence is a verdict on the clause, with where it stood. */
class StateMachineHangTest {
    private static final Knobs QUICK = new Knobs(Duration.ofMillis(50), Duration.ofMillis(500), 1.0);

    @Test
    void an_accept_that_blocks_on_a_socket_not_listening_fails_the_clause_as_hung_with_the_thread_dump() {
        ClauseResult r = Kit.clause(
                "CONNECTION-ASYMMETRIC",
                ModelAcceptHangsWhenNotListening.class,
                RunOptions.defaults().withTries(Kit.TEST_TRIES).withKnobs(QUICK));

        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.FAILED);
        assertThat(ClauseRunner.hung(r)).as(r.reason()).isTrue();
        assertThat(r.reason()).contains("accept(");
        assertThat(r.counterexample().detail()).contains("ModelAcceptHangsWhenNotListening.accept");
        assertThat(r.replay()).startsWith("rv1:CONNECTION-ASYMMETRIC/state-machine:");
    }
}
