package dev.rendezvous.reports.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.BadInputException;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private final Results old = Fixtures.results(Fixtures.ACME_OLD);

    @Test
    void listedFailuresBecomeExpectedFailuresWithBothReasons() {
        Judgement j = Baseline.read(Fixtures.path("baseline-acme.json")).judge(old);
        assertThat(j.newFailures()).isEmpty();
        assertThat(j.missing()).isEmpty();
        assertThat(j.expected()).containsOnlyKeys("ACCEPT-BLOCKS", "CONNECT-NAME-REMAINS");
        Results applied = j.apply(old);
        assertThat(applied.gatePassed()).isTrue();
        assertThat(Conformance.of(applied).conformant())
                .as("a MUST clause excused by a baseline passes the gate but does not conform")
                .isFalse();
        assertThat(applied.clause("ACCEPT-BLOCKS").orElseThrow().verdict()).isEqualTo(Verdict.EXPECTED_FAILURE);
        assertThat(applied.clause("ACCEPT-BLOCKS").orElseThrow().reason())
                .isEqualTo(
                        "expected: Acme 2.0 polls accept; fixed in 2.1 (ticket ACME-71); failed: property ACCEPT-BLOCKS/quiet broke after 1 case");
        assertThat(applied.summary()).containsEntry("EXPECTED_FAILURE", 2).containsEntry("FAILED", 0);
    }

    @Test
    void aFailureTheBaselineDoesNotListIsNew() {
        Baseline b = Baseline.of("test", List.of(new Baseline.Entry("ACCEPT-BLOCKS", "known")));
        Judgement j = b.judge(old);
        assertThat(j.newFailures()).containsExactly("CONNECT-NAME-REMAINS");
        assertThat(j.apply(old).gatePassed()).isFalse();
    }

    @Test
    void aListedClauseThatPassedIsReportedSoTheBaselineIsTrimmed() {
        Baseline b = Baseline.of("test", List.of(new Baseline.Entry("ACCEPT-VALUE-RESULT", "was broken")));
        assertThat(b.judge(old).notes())
                .containsExactly(
                        "baseline lists ACCEPT-VALUE-RESULT as expected to fail but it passed: trim the baseline");
    }

    @Test
    void aListedClauseTheRunDoesNotHaveIsMissing() {
        Baseline b = Baseline.of("test", List.of(new Baseline.Entry("NO-SUCH-CLAUSE", "x")));
        assertThat(b.judge(old).missing()).containsExactly("NO-SUCH-CLAUSE");
    }

    @Test
    void anEarlierResultsFileListsItsFailuresAndKeepsTheOriginalBaselineReason() {
        Baseline b = Baseline.read(Fixtures.path(Fixtures.ACME));
        assertThat(b.entries())
                .containsExactly(
                        new Baseline.Entry(
                                "CONNECT-NAME-REMAINS",
                                "Acme releases the auto-bound port on a failed connect (ticket ACME-88)"),
                        new Baseline.Entry(
                                "ACCEPT-VALUE-RESULT",
                                "property ACCEPT-VALUE-RESULT/true-size broke after 7 cases: fromlen is not the true size"));
    }

    @Test
    void everyEntryNeedsAReason() throws Exception {
        Path f = Files.writeString(dir.resolve("b.json"), "{\"expectedFailures\":[{\"id\":\"ACCEPT-BLOCKS\"}]}");
        assertThatThrownBy(() -> Baseline.read(f))
                .isInstanceOf(BadInputException.class)
                .hasMessage("baseline " + f + ": ACCEPT-BLOCKS has no \"reason\" (every expected failure needs one)");
    }

    @Test
    void aFileOfNeitherKindIsRejected() throws Exception {
        Path f = Files.writeString(dir.resolve("b.json"), "{\"something\": 1}");
        assertThatThrownBy(() -> Baseline.read(f))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("neither a baseline");
    }

    @Test
    void anEntryListedTwiceIsRejected() {
        assertThatThrownBy(() -> Baseline.of("b", List.of(new Baseline.Entry("A", "x"), new Baseline.Entry("A", "y"))))
                .hasMessage("baseline b lists A twice");
    }

    @Test
    void anIntermittentEntryExcusesTheFailureWhenItComesAndAsksNoTrimmingWhenItPasses() throws Exception {
        Path f = Files.writeString(
                dir.resolve("b.json"),
                "{\"expectedFailures\":[{\"id\":\"ACCEPT-BLOCKS\",\"reason\":\"reads past its data\","
                        + "\"intermittent\":true},{\"id\":\"ACCEPT-SIGNAL\",\"reason\":\"always\"}]}");
        Baseline b = Baseline.read(f);
        assertThat(b.entries())
                .containsExactly(
                        new Baseline.Entry("ACCEPT-BLOCKS", "reads past its data", true),
                        new Baseline.Entry("ACCEPT-SIGNAL", "always", false));

        Results passedBoth = Fixtures.results(Fixtures.REFERENCE);
        Judgement j = b.judge(passedBoth);

        assertThat(j.notes())
                .containsExactly("baseline lists ACCEPT-SIGNAL as expected to fail but it passed: trim the baseline");
        assertThat(j.newFailures()).isEmpty();
    }

    @Test
    void intermittentMustBeTrueOrFalse() throws Exception {
        Path f = Files.writeString(
                dir.resolve("b.json"),
                "{\"expectedFailures\":[{\"id\":\"ACCEPT-BLOCKS\",\"reason\":\"x\",\"intermittent\":\"yes\"}]}");
        assertThatThrownBy(() -> Baseline.read(f))
                .isInstanceOf(BadInputException.class)
                .hasMessage("baseline " + f + ": ACCEPT-BLOCKS has an \"intermittent\" that is not true or false");
    }
}
