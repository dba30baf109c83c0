package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.harness.ClauseRunner;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the kit in a child JVM reads from its arguments and writes for its parent. */
class ChildMainProtocolTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final List<Integer> exits = new ArrayList<>();
    private final RunProgress reporter = ChildMain.reporter(out, exits::add);
    private final Clause clause = Catalogue.require("CONNECT-INITIATES");

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void the_child_s_arguments_read_back_as_the_options_they_were_made_from() {
        RunOptions options = RunOptions.defaults()
                .withImplJars(List.of(Path.of("/opt/vendor/stack.jar")))
                .withKnobs(new Knobs(Duration.ofMillis(40), Duration.ofMillis(900), 2.5))
                .withReplayToken("rv1:a=b");

        assertThat(ChildMain.options(ChildMain.arguments(options).toArray(String[]::new)))
                .isEqualTo(options);
        assertThat(ChildMain.options(ChildMain.arguments(RunOptions.defaults()).toArray(String[]::new)))
                .isEqualTo(RunOptions.defaults());
    }

    @Test
    void arguments_are_split_at_the_first_equals_sign_and_others_are_ignored() {
        RunOptions o = ChildMain.options(new String[] {"rendezvous.seed=5", "rendezvous.replay=a=b", "=x", "loose"});

        assertThat(o.seed()).isEqualTo(5);
        assertThat(o.replayToken()).isEqualTo("a=b");
    }

    @Test
    void the_run_s_meta_data_its_clauses_and_their_results_are_protocol_lines() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", "Stack");
        ClauseResult passed = new ClauseResult(clause, Verdict.PASSED, "covered", 5, 6, null, null);

        reporter.runStarted(meta);
        reporter.clauseStarted(clause, 1, 1);
        reporter.clauseFinished(passed, 1, 1);

        assertThat(lines())
                .containsExactly(
                        Protocol.META + "{\"name\":\"Stack\"}", Protocol.START + "CONNECT-INITIATES", lines().get(2));
        assertThat(lines().get(2)).startsWith(Protocol.RESULT);
        assertThat(exits).isEmpty();
    }

    @Test
    void after_a_hung_case_the_child_asks_for_a_fresh_one() {
        ClauseResult hung = new ClauseResult(
                clause, Verdict.FAILED, "CONNECT-INITIATES/p" + ClauseRunner.HUNG + "accept", 1, 1, null, null);
        ClauseResult failed = new ClauseResult(clause, Verdict.FAILED, "wrong errno", 1, 1, null, null);

        reporter.clauseFinished(failed, 1, 2);
        assertThat(exits).isEmpty();
        reporter.clauseFinished(hung, 2, 2);

        assertThat(lines()).hasSize(3).last().isEqualTo(Protocol.RESTART);
        assertThat(exits).containsExactly(ChildMain.RESTART_STATUS);
    }

    @Test
    void the_parent_reads_back_what_the_child_wrote() {
        ClauseResult passed = new ClauseResult(clause, Verdict.PASSED, "covered", 5, 6, null, null);
        reporter.runStarted(Map.of("name", "Stack"));
        reporter.clauseStarted(clause, 1, 1);
        reporter.clauseFinished(passed, 1, 1);
        Map<String, ClauseResult> results = new LinkedHashMap<>();
        ChildTranscript transcript =
                new ChildTranscript(List.of(clause), results, 1, RunProgress.SILENT, new Evidence());

        lines().forEach(transcript::line);
        transcript.ended(0);

        assertThat(transcript.meta()).isEqualTo(Map.of("name", "Stack"));
        assertThat(results).containsOnlyKeys(clause.id());
        assertThat(results.get(clause.id()).verdict()).isEqualTo(Verdict.PASSED);
        assertThat(results.get(clause.id()).reason()).isEqualTo("covered");
    }
}
