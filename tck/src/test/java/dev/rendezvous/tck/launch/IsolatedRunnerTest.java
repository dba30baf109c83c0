package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kit survives implementations that end, crash, exhaust or stall the JVM they run in. */
class IsolatedRunnerTest {
    /** A clause that calls accept, one that does not, and one more that calls accept. */
    private static final Set<String> CLAUSES =
            Set.of("CONNECT-INITIATES", "CONNECT-ERROR-RETURNED", "ACCEPT-NULL-POINTER");

    private static final Knobs QUICK = new Knobs(Duration.ofMillis(50), Duration.ofMillis(400), 1.0);

    private static RunResult run(Class<?> stack) {
        RunOptions o = RunOptions.defaults()
                .withStackClass(stack.getName())
                .withTries(3)
                .withKnobs(QUICK)
                .withClauseIds(CLAUSES);
        return IsolatedRunner.run(o, RunProgress.SILENT);
    }

    private static ClauseResult clause(RunResult r, String id) {
        return r.clauses().stream()
                .filter(c -> c.clause().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_reference_implementation_runs_in_a_child_as_it_does_in_process() {
        RunResult r = run(NioSocketStack.class);
        assertThat(r.clauses()).hasSize(3).allMatch(c -> c.verdict() == Verdict.PASSED);
        assertThat(r.implementationClass()).isEqualTo(NioSocketStack.class.getName());
    }

    @Test
    void system_exit_fails_the_clause_in_progress_and_the_rest_runs_in_a_fresh_child() {
        RunResult r = run(ExitsInAccept.class);
        assertThat(r.clauses()).hasSize(3);
        ClauseResult accept = clause(r, "CONNECT-INITIATES");
        assertThat(accept.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(accept.reason()).contains("exit status 42");
        assertThat(accept.counterexample().detail()).contains("about to exit from accept");
        assertThat(clause(r, "CONNECT-ERROR-RETURNED").verdict()).isEqualTo(Verdict.PASSED);
        assertThat(clause(r, "ACCEPT-NULL-POINTER").verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void a_native_crash_fails_the_clause_with_the_signal() {
        RunResult r = run(CrashesNativelyInAccept.class);
        ClauseResult accept = clause(r, "CONNECT-INITIATES");
        assertThat(accept.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(accept.reason()).containsAnyOf("signal 6", "signal 11", "exit status 134");
        assertThat(clause(r, "CONNECT-ERROR-RETURNED").verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void exhausted_memory_fails_the_clause_and_the_run_completes() {
        RunResult r = run(ExhaustsMemoryInAccept.class);
        ClauseResult accept = clause(r, "CONNECT-INITIATES");
        assertThat(accept.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(accept.reason() + accept.counterexample().detail()).containsIgnoringCase("memory");
        assertThat(clause(r, "CONNECT-ERROR-RETURNED").verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void a_deadlock_fails_the_clause_with_a_thread_dump_and_the_rest_runs_in_a_fresh_child() {
        RunResult r = run(DeadlocksInAccept.class);
        ClauseResult accept = clause(r, "CONNECT-INITIATES");
        assertThat(accept.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(accept.reason())
                .containsAnyOf("did not return within", "did not finish within")
                .contains(" hung: ");
        assertThat(accept.counterexample().detail()).contains("DeadlocksInAccept.accept");
        assertThat(clause(r, "CONNECT-ERROR-RETURNED").verdict()).isEqualTo(Verdict.PASSED);
        assertThat(clause(r, "ACCEPT-NULL-POINTER").verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void an_implementation_that_stalls_before_the_run_fails_every_clause_with_a_thread_dump() {
        RunResult r = IsolatedRunner.run(
                RunOptions.defaults()
                        .withStackClass(HangsBeforeTheRun.class.getName())
                        .withKnobs(new Knobs(Duration.ofMillis(50), Duration.ofMillis(100), 1.0))
                        .withClauseIds(CLAUSES),
                RunProgress.SILENT);
        assertThat(r.clauses()).hasSize(3).allMatch(c -> c.verdict() == Verdict.FAILED);
        assertThat(r.clauses().get(0).counterexample().detail()).contains("HangsBeforeTheRun.features");
    }

    @Test
    void an_unknown_implementation_class_is_one_clear_error() {
        assertThatThrownBy(() ->
                        IsolatedRunner.run(RunOptions.defaults().withStackClass("no.such.Class"), RunProgress.SILENT))
                .isInstanceOf(KitException.class)
                .hasMessage("no implementation class no.such.Class on the class path");
    }
}
