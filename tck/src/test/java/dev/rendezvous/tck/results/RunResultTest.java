package dev.rendezvous.tck.results;

import static dev.rendezvous.tck.results.ResultsFixtures.BIND_LISTEN;
import static dev.rendezvous.tck.results.ResultsFixtures.INITIATES;
import static dev.rendezvous.tck.results.ResultsFixtures.failed;
import static dev.rendezvous.tck.results.ResultsFixtures.passed;
import static dev.rendezvous.tck.results.ResultsFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunResultTest {
    @Test
    void the_summary_counts_every_verdict_zeros_included() {
        RunResult r = run(List.of(
                passed(BIND_LISTEN),
                passed(INITIATES),
                passed(BIND_LISTEN).withVerdict(Verdict.NOT_VERIFIED, "no lab")));

        assertThat(r.summary())
                .containsExactly(
                        entry(Verdict.PASSED, 2),
                        entry(Verdict.FAILED, 0),
                        entry(Verdict.NOT_CLAIMED, 0),
                        entry(Verdict.NOT_VERIFIED, 1),
                        entry(Verdict.EXPECTED_FAILURE, 0),
                        entry(Verdict.DID_NOT_REPRODUCE, 0));
    }

    @Test
    void the_gate_passes_unless_a_clause_failed() {
        assertThat(run(List.of()).gatePassed()).isTrue();
        assertThat(run(List.of(passed(BIND_LISTEN), passed(INITIATES).withVerdict(Verdict.NOT_VERIFIED, "x")))
                        .gatePassed())
                .isTrue();
        assertThat(run(List.of(passed(BIND_LISTEN), failed(INITIATES))).gatePassed())
                .isFalse();
        assertThat(run(List.of(failed(INITIATES).withVerdict(Verdict.EXPECTED_FAILURE, "known")))
                        .gatePassed())
                .isTrue();
    }

    @Test
    void the_lists_are_copies_that_cannot_change() {
        List<ClauseResult> clauses = new ArrayList<>(List.of(passed(BIND_LISTEN)));
        RunResult r = run(clauses);
        clauses.add(failed(INITIATES));

        assertThat(r.clauses()).hasSize(1);
        assertThatThrownBy(() -> r.features().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }
}
