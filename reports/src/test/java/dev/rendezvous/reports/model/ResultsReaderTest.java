package dev.rendezvous.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.reports.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultsReaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.ACME, Fixtures.ACME_OLD, Fixtures.REFERENCE})
    void fixturesAreValidResultsFiles(String name) throws Exception {
        Fixtures.assertAcceptedByCheckResults(Fixtures.path(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.ACME, Fixtures.ACME_OLD, Fixtures.REFERENCE})
    void countsFromTheClausesMatchTheFilesSummary(String name) {
        Results r = Fixtures.results(name);
        assertThat(r.clauses()).hasSize(30);
        r.counts()
                .forEach((v, n) -> assertThat(r.summary().getOrDefault(v.name(), 0))
                        .as(v.name())
                        .isEqualTo(n));
    }

    @Test
    void readsEveryFieldAndIgnoresUnknownOnes() {
        Results r = Fixtures.results(Fixtures.ACME);
        assertThat(r.implementation().name()).isEqualTo("Acme Sockets");
        assertThat(r.implementation().className()).isEqualTo("com.acme.net.AcmeStack");
        assertThat(r.features()).containsExactly("INET", "INET6");
        assertThat(r.seed()).isEqualTo(20261125L);
        assertThat(r.gatePassed()).isFalse();
        ClauseOutcome failed = r.clause("ACCEPT-VALUE-RESULT").orElseThrow();
        assertThat(failed.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(failed.counterexample().calls()).hasSize(7);
        assertThat(failed.counterexample().choices()).containsExactly(2L, 0L, 28L, 1L, 7L);
        assertThat(failed.replay()).startsWith("rz1:");
        assertThat(r.clause("CONNECTION-ASYMMETRIC").orElseThrow().verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.provenance()).isNull();
    }

    @Test
    void aMissingFileIsOneLine() {
        assertThatThrownBy(() -> ResultsReader.read(dir.resolve("none.json")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("no such file: " + dir.resolve("none.json"));
    }

    @Test
    void textThatIsNotJsonIsOneLine() throws Exception {
        Path f = Files.writeString(dir.resolve("x.json"), "{ not json");
        assertThatThrownBy(() -> ResultsReader.read(f))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(f + " is not JSON: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void jsonWithoutClausesIsNotAResultsFile() throws Exception {
        Path f = Files.writeString(dir.resolve("x.json"), "{\"kit\": {}}");
        assertThatThrownBy(() -> ResultsReader.read(f)).hasMessage(f + " is not a results file: it has no \"clauses\"");
    }

    @Test
    void anUnknownVerdictIsRejectedInOneLine() throws Exception {
        Path f = Files.writeString(
                dir.resolve("x.json"), "{\"clauses\": [{\"id\": \"A\", \"verdict\": \"MAYBE\", \"reason\": \"r\"}]}");
        assertThatThrownBy(() -> ResultsReader.read(f))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("MAYBE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void withClausesRecountsTheSummary() {
        Results r = Fixtures.results(Fixtures.REFERENCE);
        Results changed = r.withClauses(r.clauses().stream()
                .map(c -> c.verdict() == Verdict.PASSED ? c.withVerdict(Verdict.FAILED, "x") : c)
                .toList());
        assertThat(changed.summary()).containsEntry("FAILED", 27).containsEntry("PASSED", 0);
        assertThat(Map.copyOf(changed.summary())).hasSize(Verdict.values().length);
    }
}
