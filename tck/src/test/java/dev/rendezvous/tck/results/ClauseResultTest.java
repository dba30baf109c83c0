package dev.rendezvous.tck.results;

import static dev.rendezvous.tck.results.ResultsFixtures.INITIATES;
import static dev.rendezvous.tck.results.ResultsFixtures.failed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseResultTest {
    @Test
    void another_verdict_keeps_everything_else() {
        ClauseResult f = failed(INITIATES);

        ClauseResult strict = f.withVerdict(Verdict.EXPECTED_FAILURE, "listed in the baseline");

        assertThat(strict)
                .isEqualTo(new ClauseResult(
                        INITIATES,
                        Verdict.EXPECTED_FAILURE,
                        "listed in the baseline",
                        f.cases(),
                        f.durationMillis(),
                        f.counterexample(),
                        f.replay()));
    }

    @Test
    void another_counterexample_keeps_everything_else() {
        ClauseResult f = failed(INITIATES);
        FailingCase other = new FailingCase("P/q", "m", List.of(), List.of(), 0, null);

        assertThat(f.withCounterexample(other))
                .isEqualTo(new ClauseResult(
                        INITIATES, f.verdict(), f.reason(), f.cases(), f.durationMillis(), other, f.replay()));
    }

    @Test
    void a_counterexample_without_detail_has_an_empty_one() {
        assertThat(new FailingCase("P/q", "m", List.of(), List.of(), 0, null).detail())
                .isEmpty();
    }
}
