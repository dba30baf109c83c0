package dev.rendezvous.tck.results;

import static dev.rendezvous.tck.results.ResultsFixtures.BIND_LISTEN;
import static dev.rendezvous.tck.results.ResultsFixtures.INITIATES;
import static dev.rendezvous.tck.results.ResultsFixtures.failed;
import static dev.rendezvous.tck.results.ResultsFixtures.passed;
import static dev.rendezvous.tck.results.ResultsFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readBack(Map<String, Object> written) {
        return (Map<String, Object>) Json.parse(Json.write(written));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_run_is_written_under_the_names_other_tools_read_in_order() {
        RunResult r = run(List.of(passed(BIND_LISTEN), failed(INITIATES)));

        Map<String, Object> m = ResultsJson.toMap(r);

        assertThat(m.keySet())
                .containsExactly(
                        "format",
                        "kit",
                        "implementation",
                        "features",
                        "environment",
                        "timing",
                        "seed",
                        "tries",
                        "strict",
                        "gate",
                        "clauses",
                        "summary");
        assertThat(m)
                .contains(
                        entry("format", ResultsJson.FORMAT),
                        entry("kit", Map.of("name", "rendezvous-tck", "version", "0.1.0")),
                        entry(
                                "implementation",
                                Map.of("name", "scripted", "version", "0.1", "class", "dev.example.Scripted")),
                        entry("features", List.of("INET", "UNIX")),
                        entry("environment", Map.of("lab", "absent")),
                        entry("timing", Map.of("quietMillis", 100L)),
                        entry("seed", -7L),
                        entry("tries", 50),
                        entry("strict", false),
                        entry("gate", false));
        assertThat((List<Object>) m.get("clauses"))
                .containsExactly(
                        ResultsJson.clauseToMap(passed(BIND_LISTEN)), ResultsJson.clauseToMap(failed(INITIATES)));
        assertThat((Map<String, Object>) m.get("summary"))
                .containsExactly(
                        entry("PASSED", 1),
                        entry("FAILED", 1),
                        entry("NOT_CLAIMED", 0),
                        entry("NOT_VERIFIED", 0),
                        entry("EXPECTED_FAILURE", 0),
                        entry("DID_NOT_REPRODUCE", 0));
        assertThat((Map<String, Object>) m.get("implementation")).containsKeys("name", "version", "class");
    }

    @Test
    void the_format_version_is_one() {
        assertThat(ResultsJson.FORMAT).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_clause_is_written_with_what_the_catalogue_says_of_it_and_its_verdict() {
        Map<String, Object> m = ResultsJson.clauseToMap(failed(INITIATES));

        assertThat(m.keySet())
                .containsExactly(
                        "id",
                        "level",
                        "quote",
                        "checks",
                        "allowed",
                        "verdict",
                        "reason",
                        "cases",
                        "durationMillis",
                        "counterexample",
                        "replay");
        assertThat(m)
                .contains(
                        entry("id", "CONNECT-INITIATES"),
                        entry("level", INITIATES.level().name()),
                        entry("quote", INITIATES.quote()),
                        entry("checks", INITIATES.checks()),
                        entry("allowed", INITIATES.allowed()),
                        entry("verdict", "FAILED"),
                        entry("reason", "property names broke: the name differs"),
                        entry("cases", 9),
                        entry("durationMillis", 250L),
                        entry("replay", "rv1:x:1::0"));
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("property", "CONNECT-INITIATES/names");
        x.put("message", "CONNECT-INITIATES broke: the name differs");
        x.put("calls", List.of("socket(AF_INET, SOCK_STREAM) = 3", "bind(3, ...) -> EINVAL (22)"));
        x.put("choices", List.of(1L, 0L, -1L));
        x.put("shrinkRuns", 17);
        x.put("detail", "\"rendezvous-case\" RUNNABLE\n");
        x.put(
                "shrinkPasses",
                List.of(
                        Map.of("pass", "delete-groups", "runs", 9, "shrinks", 2),
                        Map.of("pass", "lower-each", "runs", 8, "shrinks", 0)));
        assertThat((Map<String, Object>) m.get("counterexample")).containsExactlyEntriesOf(x);
    }

    @Test
    void a_clause_without_a_counterexample_has_null_for_it() {
        Map<String, Object> m = ResultsJson.clauseToMap(passed(BIND_LISTEN));

        assertThat(m).containsEntry("counterexample", null).containsEntry("replay", null);
    }

    @Test
    void a_clause_written_as_a_line_and_read_back_is_the_same_result_on_one_line() {
        for (ClauseResult c : List.of(passed(BIND_LISTEN), failed(INITIATES))) {
            String line = ResultsJson.clauseToLine(c);

            assertThat(line).doesNotContain("\n");
            assertThat(ResultsJson.clauseFromLine(line)).isEqualTo(c);
        }
    }

    @Test
    void a_counterexample_without_calls_choices_or_shrink_runs_reads_back_empty() {
        Map<String, Object> m = readBack(ResultsJson.clauseToMap(failed(INITIATES)));
        @SuppressWarnings("unchecked")
        Map<String, Object> x = (Map<String, Object>) m.get("counterexample");
        x.remove("calls");
        x.remove("choices");
        x.remove("shrinkRuns");
        x.remove("detail");
        x.remove("shrinkPasses");

        FailingCase read = ResultsJson.clauseFromMap(m).counterexample();

        assertThat(read.calls()).isEmpty();
        assertThat(read.choices()).isEmpty();
        assertThat(read.shrinkRuns()).isZero();
        assertThat(read.detail()).isEmpty();
        assertThat(read.shrinkPasses()).isEmpty();
        assertThat(read.property()).isEqualTo("CONNECT-INITIATES/names");
    }

    @Test
    void the_file_holds_the_run_as_json() throws Exception {
        RunResult r = run(List.of(passed(BIND_LISTEN)));
        Path file = dir.resolve("out/deeper/results.json");

        ResultsJson.write(r, file);

        assertThat(Files.readString(file)).isEqualTo(Json.write(ResultsJson.toMap(r)));
    }

    @Test
    void writing_replaces_an_older_file_and_leaves_no_temporary_file_behind() throws Exception {
        Path file = dir.resolve("results.json");
        Files.writeString(file, "old and much longer than the new content");

        ResultsJson.writeAtomically(file, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void the_text_is_written_in_utf8() throws Exception {
        Path file = dir.resolve("r.json");

        ResultsJson.writeAtomically(file, "é€ text");

        assertThat(Files.readString(file)).isEqualTo("é€ text");
    }
}
