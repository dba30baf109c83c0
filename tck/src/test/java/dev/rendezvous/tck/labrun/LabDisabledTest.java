package dev.rendezvous.tck.labrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.launch.IsolatedRunner;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where there is no lab (here: forbidden with {@code -Drendezvous.lab.disabled=REASON}), the four
 * clauses are NOT_VERIFIED with that reason — ERROR-ECONNREFUSED too, although its loopback
 * property held, because its lab property could not run — and FAILED in strict mode.
 */
class LabDisabledTest {
    private static final String REASON = "no lab for this test";
    private static final String SAYS =
            "needs the network lab: the network lab is disabled (-Drendezvous.lab.disabled): " + REASON;

    @Test
    void the_lab_clauses_are_not_verified_with_the_reason() {
        RunResult run = LabRun.withLabDisabled(
                REASON, () -> LabRun.run(NioSocketStack.class, LabRun.LAB_CLAUSES, LabRun.testOptions()));

        for (ClauseResult c : run.clauses()) {
            assertThat(c.verdict()).as("%s: %s", c.clause().id(), c.reason()).isEqualTo(Verdict.NOT_VERIFIED);
        }
        assertThat(reason(run, "ERROR-ETIMEDOUT")).isEqualTo("lost-syns: " + SAYS);
        assertThat(reason(run, "ERROR-ENETDOWN-EHOSTDOWN")).isEqualTo("status-delivered: " + SAYS);
        assertThat(reason(run, "ERROR-ENETUNREACH-EHOSTUNREACH")).isEqualTo("no-route-or-gateway-status: " + SAYS);
        assertThat(reason(run, "ERROR-ECONNREFUSED"))
                .as("the loopback property held; the lab's could not run")
                .isEqualTo("reset-in-lab: " + SAYS);
        assertThat(clause(run, "ERROR-ECONNREFUSED").cases())
                .as("cases of the loopback property")
                .isPositive();
        assertThat(run.environment().get("lab"))
                .isEqualTo(Map.of(
                        "available",
                        false,
                        "reason",
                        "the network lab is disabled (-Drendezvous.lab.disabled): " + REASON));
    }

    @Test
    void in_strict_mode_the_lab_clauses_fail_with_the_reason() {
        RunResult run = LabRun.withLabDisabled(
                REASON,
                () -> LabRun.run(
                        NioSocketStack.class,
                        LabRun.LAB_CLAUSES,
                        LabRun.testOptions().withStrict(true)));

        for (ClauseResult c : run.clauses()) {
            assertThat(c.verdict()).as(c.clause().id()).isEqualTo(Verdict.FAILED);
            assertThat(c.reason()).startsWith("strict mode: not verified: ").endsWith(SAYS);
            assertThat(c.counterexample().message()).endsWith(SAYS);
        }
        assertThat(run.gatePassed()).isFalse();
    }

    @Test
    void a_run_in_child_jvms_passes_the_setting_on() {
        RunOptions options = LabRun.testOptions()
                .withStackClass(NioSocketStack.class.getName())
                .withClauseIds(Set.of("ERROR-ENETUNREACH-EHOSTUNREACH"));
        RunResult run = LabRun.withLabDisabled(REASON, () -> IsolatedRunner.run(options, RunProgress.SILENT));

        assertThat(run.clauses()).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
            assertThat(c.reason()).isEqualTo("no-route-or-gateway-status: " + SAYS);
        });
    }

    @Test
    void an_empty_value_disables_the_lab_without_a_reason_of_its_own() {
        RunResult run = LabRun.withLabDisabled(
                "",
                () -> LabRun.run(
                        NioSocketStack.class, List.of("ERROR-ENETUNREACH-EHOSTUNREACH"), LabRun.testOptions()));

        assertThat(reason(run, "ERROR-ENETUNREACH-EHOSTUNREACH"))
                .isEqualTo(
                        "no-route-or-gateway-status: needs the network lab: the network lab is disabled (-Drendezvous.lab.disabled)");
    }

    private static ClauseResult clause(RunResult run, String id) {
        return run.clauses().stream()
                .filter(c -> c.clause().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String reason(RunResult run, String id) {
        return clause(run, id).reason();
    }
}
