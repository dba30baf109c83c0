package dev.rendezvous.reports.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsDiffTest {
    private final Results old = Fixtures.results(Fixtures.ACME_OLD);
    private final Results now = Fixtures.results(Fixtures.ACME);

    @Test
    void passedToFailedIsARegressionAndFailedToPassedNewlyPasses() {
        ResultsDiff d = ResultsDiff.of(old, now);
        assertThat(d.regressions())
                .extracting(Change::id, Change::transition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACCEPT-VALUE-RESULT", "PASSED → FAILED"));
        assertThat(d.newlyPassing()).extracting(Change::id).containsExactly("ACCEPT-BLOCKS");
        assertThat(d.otherChanges())
                .extracting(Change::id, Change::transition)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CONNECT-NAME-REMAINS", "FAILED → EXPECTED_FAILURE"));
        assertThat(d.regressed()).isTrue();
    }

    @Test
    void theSameRunHasNoChange() {
        ResultsDiff d = ResultsDiff.of(now, now);
        assertThat(d.regressed()).isFalse();
        assertThat(d.newlyPassing()).isEmpty();
        assertThat(d.otherChanges()).isEmpty();
    }

    @Test
    void aPassedClauseNoLongerCheckedOrGoneRegresses() {
        Results ref = Fixtures.results(Fixtures.REFERENCE);
        List<ClauseOutcome> fewer = ref.clauses().stream()
                .filter(c -> !c.id().equals("ACCEPT-SIGNAL"))
                .map(c -> c.id().equals("ACCEPT-BLOCKS") ? c.withVerdict(Verdict.NOT_VERIFIED, "no clock") : c)
                .toList();
        ResultsDiff d = ResultsDiff.of(ref, ref.withClauses(fewer));
        assertThat(d.regressions())
                .extracting(Change::transition)
                .containsExactly("PASSED → NOT_VERIFIED", "PASSED → absent");
    }

    @Test
    void theTextMarkdownAndJsonFormsSayTheSame() throws Exception {
        ResultsDiff d = ResultsDiff.of(old, now);
        String text = DiffText.plain(d);
        assertThat(text)
                .contains("  ACCEPT-VALUE-RESULT PASSED -> FAILED: ")
                .contains("1 regressed, 1 newly passing, 1 other changes");
        assertThat(text.chars()).allMatch(c -> c < 128);
        assertThat(DiffText.markdown(d)).contains("- **ACCEPT-VALUE-RESULT** PASSED → FAILED: ");
        JsonNode json = ResultsReader.mapper().readTree(DiffText.json(d));
        assertThat(json.get("regressed").asBoolean()).isTrue();
        assertThat(json.get("regressions").get(0).get("id").asText()).isEqualTo("ACCEPT-VALUE-RESULT");
        assertThat(json.get("regressions").get(0).get("before").asText()).isEqualTo("PASSED");
        assertThat(json.get("newlyPassing")).hasSize(1);
        assertThat(json.get("otherChanges")).hasSize(1);
    }
}
