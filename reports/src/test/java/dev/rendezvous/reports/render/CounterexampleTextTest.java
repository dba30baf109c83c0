package dev.rendezvous.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.model.FailingCase;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.ShrinkPass;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterexampleTextTest {
    private static final FailingCase SHRUNK = new FailingCase(
            "ACCEPT-VALUE-RESULT/accept-lengths",
            "the length differs",
            List.of("socket(AF_INET, SOCK_STREAM) = 3"),
            List.of(0L),
            38,
            "",
            List.of(
                    new ShrinkPass("delete-groups", 12, 3),
                    new ShrinkPass("delete-chunks", 0, 0),
                    new ShrinkPass("lower-each", 25, 4),
                    new ShrinkPass("redistribute", 1, 1)));

    @Test
    void the_shrink_names_each_pass_that_ran_with_its_runs_and_shrinks() {
        assertThat(CounterexampleText.shrunk(SHRUNK))
                .isEqualTo("shrunk in 38 runs: delete-groups 12 runs, 3 shrinks; lower-each 25 runs, 4 shrinks;"
                        + " redistribute 1 run, 1 shrink");
        assertThat(CounterexampleText.of(SHRUNK)).contains("(shrunk in 38 runs: delete-groups 12 runs");
    }

    @Test
    void results_without_pass_counts_show_the_runs_alone() {
        FailingCase older = new FailingCase("P/q", "m", List.of(), List.of(), 9, "");

        assertThat(CounterexampleText.shrunk(older)).isEqualTo("shrunk in 9 runs");
    }

    @Test
    void the_pass_counts_the_kit_writes_are_read_back() throws Exception {
        dev.rendezvous.tck.results.FailingCase written = new dev.rendezvous.tck.results.FailingCase(
                "ACCEPT-VALUE-RESULT/accept-lengths",
                "m",
                List.of(),
                List.of(),
                5,
                "",
                List.of(new dev.rendezvous.tck.property.ShrinkPass("lower-each", 5, 2)));
        ClauseResult clause = new ClauseResult(
                Catalogue.require("ACCEPT-VALUE-RESULT"), Verdict.FAILED, "broke", 1, 1, written, null);
        String json = Json.write(ResultsJson.clauseToMap(clause).get("counterexample"));

        FailingCase read = ResultsReader.mapper().readValue(json, FailingCase.class);

        assertThat(read.shrinkPasses()).containsExactly(new ShrinkPass("lower-each", 5, 2));
        assertThat(read.shrinkRuns()).isEqualTo(5);
    }
}
