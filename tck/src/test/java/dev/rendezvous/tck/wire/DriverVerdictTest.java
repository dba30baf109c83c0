package dev.rendezvous.tck.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.launch.KitRunner;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A driver that exits, hangs or writes garbage ends as a FAILED verdict on the clause in
 * progress, with the evidence in its reason, and the run completes: every clause asked for has
 * its verdict.
 */
class DriverVerdictTest {
    private static final Set<String> CLAUSES = Set.of("SERVER-BIND-LISTEN", "CONNECT-AUTOBIND");

    /**
     * Runs the clauses with an event deadline of {@code eventMillis}: short where the driver hangs
     * (the deadline is the test's wait), long enough elsewhere for a driver started again on a
     * loaded machine.
     */
    private static RunResult run(String mode, long eventMillis) {
        RunOptions options = RunOptions.defaults()
                .withDriver(StandIn.command(mode))
                .withClauseIds(CLAUSES)
                .withTries(2)
                .withKnobs(new Knobs(Duration.ofMillis(50), Duration.ofMillis(eventMillis), 1.0));
        RunResult r = KitRunner.run(options, RunProgress.SILENT);
        assertThat(r.clauses()).extracting(c -> c.clause().id()).containsExactlyInAnyOrderElementsOf(CLAUSES);
        assertThat(r.clauses()).extracting(ClauseResult::verdict).containsOnly(Verdict.FAILED);
        return r;
    }

    @Test
    void a_driver_that_exits_fails_each_clause_with_its_exit_status_and_last_stderr() {
        for (ClauseResult c : run("exit", 5_000).clauses()) {
            assertThat(c.reason())
                    .contains("threw dev.rendezvous.tck.wire.DriverFailure")
                    .contains("exit status 7")
                    .contains("stand-in: giving up on socket");
        }
    }

    @Test
    void a_driver_that_writes_garbage_fails_each_clause_with_the_line() {
        for (ClauseResult c : run("garbage", 5_000).clauses()) {
            assertThat(c.reason()).contains("not a message of the protocol").contains("'this is not json'");
        }
    }

    @Test
    void a_driver_that_hangs_fails_each_clause_naming_the_call_that_did_not_return() {
        for (ClauseResult c : run("hang", 300).clauses()) {
            assertThat(c.reason())
                    .contains("did not return within")
                    .contains("socket(AF_")
                    .contains("has not answered '{\"id\":")
                    .contains("\"op\":\"socket\"");
        }
    }
}
