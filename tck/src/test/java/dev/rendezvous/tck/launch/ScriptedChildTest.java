package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An isolated run whose child is a shell script that plays the child's part: writes protocol
 * lines and exits with a chosen status. What the run makes of the child's answers.
 */
class ScriptedChildTest {
    private final Clause first = Catalogue.all().get(0);
    private final Clause second = Catalogue.all().get(1);
    private final RunOptions options =
            RunOptions.defaults().withStackClass("com.example.Stack").withClauseIds(Set.of(first.id(), second.id()));

    @TempDir
    Path dir;

    private static String meta() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Scripted");
        m.put("version", "2");
        m.put("class", "com.example.Stack");
        m.put("features", List.of("INET"));
        m.put("environment", Map.of("os", "sh"));
        return Protocol.META + Json.writeCompact(m);
    }

    private static String result(Clause c, Verdict v) {
        return Protocol.RESULT
                + Json.writeCompact(ResultsJson.clauseToMap(new ClauseResult(c, v, "scripted", 1, 2, null, null)));
    }

    /** Runs with every child replaced by: write {@code lines}, exit with {@code status}. */
    private RunResult run(List<String> lines, int status, RunProgress progress) throws IOException {
        List<String> child = child(lines, status);
        return IsolatedRunner.run(options, progress, cmd -> child, List.of());
    }

    /** A child that writes {@code lines} and exits with {@code status}. */
    private List<String> child(List<String> lines, int status) throws IOException {
        Path out = Files.write(Files.createTempFile(dir, "child", ".out"), lines);
        return List.of("sh", "-c", "cat '" + out + "'; exit " + status);
    }

    @Test
    void the_child_s_meta_data_and_verdicts_make_the_run_s_result() throws IOException {
        List<String> heard = new ArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void runStarted(Map<String, Object> meta) {
                heard.add("run " + meta.get("name"));
            }

            @Override
            public void clauseFinished(ClauseResult result, int index, int total) {
                heard.add(result.clause().id() + " " + result.verdict() + " " + index + "/" + total);
            }
        };

        RunResult r = run(
                List.of(
                        meta(),
                        Protocol.START + first.id(),
                        result(first, Verdict.PASSED),
                        Protocol.START + second.id(),
                        result(second, Verdict.NOT_CLAIMED),
                        Protocol.DONE),
                0,
                progress);

        assertThat(r.implementationName()).isEqualTo("Scripted");
        assertThat(r.implementationVersion()).isEqualTo("2");
        assertThat(r.features()).containsExactly("INET");
        assertThat(r.environment()).isEqualTo(Map.of("os", "sh"));
        assertThat(r.clauses()).extracting(ClauseResult::verdict).containsExactly(Verdict.PASSED, Verdict.NOT_CLAIMED);
        assertThat(heard).containsExactly("run Scripted", first.id() + " PASSED 1/2", second.id() + " NOT_CLAIMED 2/2");
    }

    @Test
    void a_child_that_dies_before_the_run_fails_every_clause_with_its_last_output() throws IOException {
        RunResult r = run(List.of("Error: could not find or load main class"), 1, RunProgress.SILENT);

        assertThat(r.implementationName()).isEqualTo("(unknown: the implementation never finished loading)");
        assertThat(r.implementationClass()).isEqualTo("com.example.Stack");
        assertThat(r.clauses()).extracting(c -> c.clause().id()).containsExactly(first.id(), second.id());
        for (ClauseResult c : r.clauses()) {
            assertThat(c.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(c.reason())
                    .isEqualTo("the JVM running the implementation ended before the run began: exit status 1");
            assertThat(c.counterexample().detail()).isEqualTo("Error: could not find or load main class");
        }
    }

    @Test
    void a_child_that_dies_in_a_clause_fails_it_and_a_fresh_child_runs_the_rest() throws IOException {
        List<String> crashes = child(List.of(meta(), Protocol.START + first.id(), "fatal error"), 134);
        List<String> finishes =
                child(List.of(meta(), Protocol.START + second.id(), result(second, Verdict.PASSED), Protocol.DONE), 0);
        List<List<String>> children = new ArrayList<>();

        RunResult r = IsolatedRunner.run(
                options,
                RunProgress.SILENT,
                cmd -> {
                    children.add(cmd);
                    return cmd.stream().anyMatch(a -> a.contains(first.id())) ? crashes : finishes;
                },
                List.of());

        assertThat(children).hasSize(2);
        assertThat(children.get(1)).noneMatch(a -> a.contains(first.id()));
        ClauseResult crashed = r.clauses().get(0);
        assertThat(crashed.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(crashed.reason())
                .isEqualTo("the JVM running the implementation ended during this clause: "
                        + "exit status 134 (killed by signal 6, SIGABRT)");
        assertThat(crashed.counterexample().detail()).isEqualTo("fatal error");
        assertThat(r.clauses().get(1).verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.implementationName()).isEqualTo("Scripted");
    }

    @Test
    void a_child_that_says_the_kit_cannot_run_is_one_clear_error() {
        assertThatThrownBy(() -> run(
                        List.of(Protocol.ERROR + "no implementation class com.example.Stack"), 2, RunProgress.SILENT))
                .isInstanceOf(KitException.class)
                .hasMessage("no implementation class com.example.Stack");
    }

    @Test
    void children_that_keep_ending_without_a_verdict_end_the_run_after_one_child_per_clause_and_one_more()
            throws IOException {
        List<String> restarts = child(List.of(meta(), "restarting again"), ChildMain.RESTART_STATUS);
        List<List<String>> children = new ArrayList<>();

        assertThatThrownBy(() -> IsolatedRunner.run(
                        options,
                        RunProgress.SILENT,
                        cmd -> {
                            children.add(cmd);
                            return restarts;
                        },
                        List.of()))
                .isInstanceOf(KitException.class)
                .hasMessage("the child JVM kept ending without progress; last output: restarting again");
        assertThat(children).hasSize(3);
    }

    @Test
    void a_child_that_cannot_be_started_is_one_clear_error() {
        assertThatThrownBy(() -> IsolatedRunner.run(
                        options,
                        RunProgress.SILENT,
                        cmd -> List.of(dir.resolve("no-such-program").toString()),
                        List.of()))
                .isInstanceOf(KitException.class)
                .hasMessageStartingWith("cannot start a child JVM (");
    }

    /**
     * A child that plays ChildMain's part with sharing: for each of {@code clauses} in order it
     * asks to take it, and runs it only if the parent says it is its own, writing its result; at
     * {@code diesIn} it writes a last line and exits 134 instead.
     */
    private List<String> sharingChild(List<Clause> clauses, Clause diesIn) throws IOException {
        StringBuilder script = new StringBuilder();
        script.append("cat '")
                .append(Files.write(Files.createTempFile(dir, "meta", ".line"), List.of(meta())))
                .append("'\n");
        for (Clause c : clauses) {
            Path line = Files.write(Files.createTempFile(dir, "result", ".line"), List.of(result(c, Verdict.PASSED)));
            script.append("echo '")
                    .append(Protocol.TAKE)
                    .append(c.id())
                    .append("'\n")
                    .append("read answer\n")
                    .append("if [ \"$answer\" = '")
                    .append(Protocol.YOURS)
                    .append("' ]; then\n")
                    .append("  echo '")
                    .append(Protocol.START)
                    .append(c.id())
                    .append("'\n")
                    .append(c.equals(diesIn) ? "  echo 'fatal error'; exit 134\n" : "  cat '" + line + "'\n")
                    .append("fi\n");
        }
        script.append("echo '").append(Protocol.DONE).append("'\n");
        Path file = Files.writeString(Files.createTempFile(dir, "child", ".sh"), script.toString());
        return List.of("sh", file.toString());
    }

    @Test
    void two_lanes_share_the_clauses_each_runs_once_and_a_death_is_blamed_on_its_lane_s_clause() throws IOException {
        Clause third = Catalogue.all().get(2);
        RunOptions three = options.withClauseIds(Set.of(first.id(), second.id(), third.id()));
        List<String> child = sharingChild(List.of(first, second, third), second);
        List<List<String>> children = new ArrayList<>();
        Map<String, Integer> started = new java.util.concurrent.ConcurrentHashMap<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void clauseStarted(Clause clause, int index, int total) {
                started.merge(clause.id(), 1, Integer::sum);
            }
        };

        RunResult r = IsolatedRunner.run(
                three,
                progress,
                cmd -> {
                    synchronized (children) {
                        children.add(cmd);
                    }
                    return child;
                },
                List.of(),
                2);

        assertThat(children).hasSizeGreaterThanOrEqualTo(2);
        assertThat(started).containsOnly(Map.entry(first.id(), 1), Map.entry(second.id(), 1), Map.entry(third.id(), 1));
        assertThat(r.clauses()).extracting(c -> c.clause().id()).containsExactly(first.id(), second.id(), third.id());
        assertThat(r.clauses())
                .extracting(ClauseResult::verdict)
                .containsExactly(Verdict.PASSED, Verdict.FAILED, Verdict.PASSED);
        assertThat(r.clauses().get(1).reason())
                .startsWith("the JVM running the implementation ended during this clause");
    }
}
