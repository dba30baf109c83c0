package dev.rendezvous.tck.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.labrun.LabRun;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A deviation is a verdict on the sentence it breaks and on no other: a whole run against a
 * mutant fails exactly the clause the mutant breaks, and what the implementation answered is
 * judged, never thrown away as a case that does not count.
 */
class OnlyItsClauseFailsTest {

    @Test
    void a_port_0_after_bind_to_port_0_fails_the_well_known_name_and_no_other_clause() {
        Map<String, ClauseResult> run = wholeRun(BoundToPortZeroShowsNoPort.class);

        assertThat(failed(run)).as(reasons(run)).containsExactly("SERVER-BIND-LISTEN");
        assertThat(run.get("SERVER-BIND-LISTEN").counterexample().message()).contains("port 0");
    }

    @Test
    void a_name_lost_after_a_failed_connect_fails_the_name_that_remains_and_no_other_clause() {
        Map<String, ClauseResult> run = wholeRun(NameLostAfterFailedConnect.class);

        assertThat(failed(run)).as(reasons(run)).containsExactly("CONNECT-NAME-REMAINS");
    }

    static Map<String, ClauseResult> wholeRun(Class<? extends SocketStack> mutant) {
        RunResult r = LabRun.withLabDisabled(
                "not needed by this test",
                () -> LabRun.run(mutant, List.of(), LabRun.testOptions().withKnobs(MutantRuns.QUICK)));
        return r.clauses().stream().collect(Collectors.toMap(c -> c.clause().id(), Function.identity()));
    }

    static List<String> failed(Map<String, ClauseResult> run) {
        return run.values().stream()
                .filter(c -> c.verdict() == Verdict.FAILED)
                .map(c -> c.clause().id())
                .sorted()
                .collect(Collectors.toList());
    }

    static String reasons(Map<String, ClauseResult> run) {
        return run.values().stream()
                .filter(c -> c.verdict() != Verdict.PASSED)
                .map(c -> c.clause().id() + " " + c.verdict() + ": " + c.reason())
                .collect(Collectors.joining("\n"));
    }
}
