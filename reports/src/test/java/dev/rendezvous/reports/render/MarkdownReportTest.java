package dev.rendezvous.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownReportTest {
    @ParameterizedTest
    @ValueSource(strings = {Fixtures.ACME, Fixtures.ACME_OLD, Fixtures.REFERENCE})
    void theSummaryTableIsTheFilesSummary(String name) {
        Results r = Fixtures.results(name);
        Map<String, String> table = MarkdownTables.twoColumns(MarkdownReport.render(r), "Verdict");
        for (Verdict v : Verdict.values()) {
            assertThat(Integer.parseInt(table.get(v.marked())))
                    .as(v.name())
                    .isEqualTo(r.summary().getOrDefault(v.name(), 0));
        }
        assertThat(table).containsEntry("Total", "30");
    }

    @Test
    void listsTheFailedUnverifiedAndExpectedClausesWithTheirReasons() {
        Results r = Fixtures.results(Fixtures.ACME);
        String md = MarkdownReport.render(r);
        assertThat(items(md, "Failed"))
                .singleElement()
                .asString()
                .startsWith("ACCEPT-VALUE-RESULT (MUST): accept set fromlen to 16");
        assertThat(items(md, "Not verified"))
                .hasSize(3)
                .allSatisfy(i -> assertThat(i).contains("the network lab cannot be made here"));
        assertThat(items(md, "Expected failures"))
                .singleElement()
                .asString()
                .startsWith("CONNECT-NAME-REMAINS: expected: Acme releases");
        assertThat(md)
                .contains("replay: `java -jar reports/target/rendezvous.jar run --impl com.acme.net.AcmeStack --replay "
                        + r.clause("ACCEPT-VALUE-RESULT").orElseThrow().replay() + "`");
        assertThat(md).doesNotContain("CONNECTION-ASYMMETRIC").as("passed clauses are only counted");
    }

    @Test
    void aReplayThatDidNotReproduceIsListedAsSuchAndNotCountedAsPassed() {
        Results r = Fixtures.results(Fixtures.ACME);
        List<ClauseOutcome> replayed = new ArrayList<>();
        for (ClauseOutcome c : r.clauses()) {
            replayed.add(
                    c.id().equals("ACCEPT-VALUE-RESULT")
                            ? c.withVerdict(
                                    Verdict.DID_NOT_REPRODUCE,
                                    "the failure did not reproduce: the replayed case held this time")
                            : c);
        }
        Results withReplay = r.withClauses(replayed);
        String md = MarkdownReport.render(withReplay);

        assertThat(items(md, "Did not reproduce"))
                .singleElement()
                .asString()
                .isEqualTo("ACCEPT-VALUE-RESULT: the failure did not reproduce: the replayed case held this time");
        assertThat(MarkdownTables.twoColumns(md, "Verdict"))
                .containsEntry(Verdict.DID_NOT_REPRODUCE.marked(), "1")
                .containsEntry(Verdict.PASSED.marked(), String.valueOf(r.count(Verdict.PASSED)));
    }

    @Test
    void theCallsOfAFailureStandInACodeBlockVerbatim() {
        Results r = Fixtures.results(Fixtures.ACME);
        String md = MarkdownReport.render(r);
        for (String call :
                r.clause("ACCEPT-VALUE-RESULT").orElseThrow().counterexample().calls()) {
            assertThat(md).contains(". " + call + "\n");
        }
    }

    @Test
    void isShortEnoughForAPullRequestComment() {
        assertThat(MarkdownReport.render(Fixtures.results(Fixtures.ACME)).length())
                .isLessThan(6000);
    }

    /** The list items (unescaped, without the bold marks) under the heading that contains {@code title}. */
    static List<String> items(String md, String title) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : md.split("\n")) {
            if (line.startsWith("#")) {
                in = line.contains(title);
            } else if (in && line.startsWith("- ")) {
                out.add(Markdown.unescape(line.substring(2).replace("**", "")));
            }
        }
        return out;
    }
}
