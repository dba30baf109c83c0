package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.labrun.LabRun;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import dev.rendezvous.tck.run.UnixNameDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A child JVM that ends, crashes or hangs inside one chosen clause is blamed on exactly that
 * clause, whatever other clauses the run has and in whatever order they run; the others get
 * their own verdicts and the result is complete.
 */
class DeathInAClauseTest {
    /** Before the chosen clause in the catalogue, a lab clause (run last, here without a lab), and one after. */
    private static final Set<String> AROUND_VALUE_RESULT =
            Set.of("CONNECT-INITIATES", "ERROR-ETIMEDOUT", InValueResultCheck.CLAUSE, "ACCEPT-NULL-POINTER");

    private static final Knobs QUICK = new Knobs(Duration.ofMillis(50), Duration.ofMillis(400), 1.0);

    private static Map<String, ClauseResult> run(Class<?> stack, Set<String> clauses) {
        RunOptions o = RunOptions.defaults()
                .withStackClass(stack.getName())
                .withTries(5)
                .withKnobs(QUICK)
                .withClauseIds(clauses);
        RunResult r = IsolatedRunner.run(o, RunProgress.SILENT);
        assertThat(r.clauses()).extracting(c -> c.clause().id()).containsExactlyInAnyOrderElementsOf(clauses);
        return r.clauses().stream().collect(Collectors.toMap(c -> c.clause().id(), Function.identity()));
    }

    private static Map<String, ClauseResult> runWithoutLab(Class<?> stack) {
        return LabRun.withLabDisabled("not in this test", () -> run(stack, AROUND_VALUE_RESULT));
    }

    private static void othersHaveTheirOwnVerdicts(Map<String, ClauseResult> r) {
        assertThat(r.get("CONNECT-INITIATES").verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.get("ERROR-ETIMEDOUT").verdict()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(r.get("ERROR-ETIMEDOUT").reason()).contains(ConfigKeys.LAB_DISABLED);
        assertThat(r.get("ACCEPT-NULL-POINTER").verdict()).isEqualTo(Verdict.PASSED);
    }

    /** The directories of UNIX-domain names there are now. */
    private static Set<Path> namesDirectories() {
        Set<Path> out = new HashSet<>();
        for (Path parent : UnixNameDirectory.PARENTS) {
            try (Stream<Path> list = Files.list(parent)) {
                list.filter(p -> p.getFileName().toString().startsWith("rdv")).forEach(out::add);
            } catch (IOException | UncheckedIOException e) {
                // no such parent here
            }
        }
        return out;
    }

    @Test
    void system_exit_inside_a_clause_fails_that_clause_alone_and_leaves_no_directory_of_names() {
        Set<Path> before = namesDirectories();
        Map<String, ClauseResult> r = runWithoutLab(ExitsInValueResult.class);

        assertThat(namesDirectories())
                .as("the run's directories of names are gone")
                .isSubsetOf(before);

        ClauseResult broken = r.get(InValueResultCheck.CLAUSE);
        assertThat(broken.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(broken.reason()).contains("ended during this clause").contains("exit status 42");
        assertThat(broken.counterexample().detail()).contains("about to exit from getpeername");
        othersHaveTheirOwnVerdicts(r);
    }

    @Test
    void a_native_crash_inside_a_clause_fails_that_clause_alone_with_the_signal() {
        Map<String, ClauseResult> r = runWithoutLab(CrashesNativelyInValueResult.class);

        ClauseResult broken = r.get(InValueResultCheck.CLAUSE);
        assertThat(broken.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(broken.reason())
                .contains("ended during this clause")
                .containsAnyOf("signal 6", "signal 11", "exit status 134");
        othersHaveTheirOwnVerdicts(r);
    }

    @Test
    void a_hang_inside_a_clause_fails_that_clause_alone_with_a_thread_dump() {
        Map<String, ClauseResult> r = runWithoutLab(HangsInValueResult.class);

        ClauseResult broken = r.get(InValueResultCheck.CLAUSE);
        assertThat(broken.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(broken.reason()).contains(" hung: ");
        assertThat(broken.counterexample().detail()).contains("HangsInValueResult.misbehave");
        othersHaveTheirOwnVerdicts(r);
    }

    @Test
    void an_exit_inside_a_clause_of_the_network_lab_fails_that_clause_alone() {
        LabRun.assumeLab();
        Set<String> clauses = Set.of(
                "CONNECT-INITIATES", "ERROR-ETIMEDOUT", ExitsOnHostDown.CLAUSE, "ERROR-ENETUNREACH-EHOSTUNREACH");

        Map<String, ClauseResult> r = run(ExitsOnHostDown.class, clauses);

        ClauseResult broken = r.get(ExitsOnHostDown.CLAUSE);
        assertThat(broken.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(broken.reason()).contains("ended during this clause").contains("exit status 43");
        assertThat(broken.counterexample().detail()).contains("about to exit from connect");
        assertThat(r.get("CONNECT-INITIATES").verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.get("ERROR-ETIMEDOUT").verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.get("ERROR-ENETUNREACH-EHOSTUNREACH").verdict()).isEqualTo(Verdict.PASSED);
    }
}
