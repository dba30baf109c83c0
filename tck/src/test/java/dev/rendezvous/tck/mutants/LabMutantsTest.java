package dev.rendezvous.tck.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.labrun.LabRun;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broken implementations of the network lab's clauses, each run the way a real run runs it:
 * in a child JVM inside the lab. Each fails the clause it breaks — with the sentence, what
 * happened, and a shrunk case that replays — and passes the lab's other clauses (ERROR-ETIMEDOUT,
 * which costs seconds, only for the mutants that break it).
 */
class LabMutantsTest {

    @BeforeEach
    void needsTheLab() {
        LabRun.assumeLab();
    }

    @Test
    void a_timeout_reported_as_refused_fails_ETIMEDOUT() {
        killed(LabTimeoutReportedAsRefused.class, "lost-syns", "got ECONNREFUSED");
    }

    @Test
    void a_timeout_without_a_wait_fails_ETIMEDOUT_on_the_time_window() {
        ClauseResult r = killed(LabTimeoutWithoutWaiting.class, "lost-syns", "outside the expected window [2 s, 8 s)");
        assertThat(r.counterexample().message()).contains("failed with ETIMEDOUT after");

        ClauseResult replayed = LabRun.run(
                        LabTimeoutWithoutWaiting.class,
                        List.of("ERROR-ETIMEDOUT"),
                        LabRun.testOptions().withReplayToken(r.replay()))
                .clauses()
                .get(0);
        assertThat(replayed.verdict()).as(replayed.reason()).isEqualTo(Verdict.FAILED);
        assertThat(replayed.counterexample().message()).contains("outside the expected window");
    }

    @Test
    void host_down_reported_as_refused_fails_ENETDOWN_EHOSTDOWN() {
        killed(LabHostDownReportedAsRefused.class, "status-delivered", "got ECONNREFUSED");
    }

    @Test
    void the_name_lost_after_host_down_fails_CONNECT_NAME_REMAINS_and_no_error_clause() {
        killed(
                LabNameLostAfterHostDown.class,
                "after-network-errors",
                "the name automatically bound by the system does not remain");
    }

    @Test
    void the_name_lost_after_any_failed_connect_fails_CONNECT_NAME_REMAINS_and_no_error_clause() {
        killed(
                NameLostAfterFailedConnect.class,
                "after-failure-autobound",
                "the automatically bound name did not remain");
    }

    @Test
    void unreachable_reported_as_timed_out_fails_ENETUNREACH_EHOSTUNREACH() {
        killed(LabUnreachableReportedAsTimeout.class, "no-route-or-gateway-status", "got ETIMEDOUT");
    }

    @Test
    void host_unreachable_reported_as_invalid_fails_ENETUNREACH_EHOSTUNREACH() {
        killed(LabHostUnreachableReportedAsInvalid.class, "no-route-or-gateway-status", "got EINVAL");
    }

    @Test
    void a_remote_reset_reported_as_timed_out_fails_ECONNREFUSED_only_in_the_lab() {
        ClauseResult r = killed(LabResetReportedAsTimeout.class, "reset-in-lab", "got ETIMEDOUT");
        assertThat(r.counterexample().property()).isEqualTo("ERROR-ECONNREFUSED/reset-in-lab");
    }

    @Test
    void a_connect_that_restarts_after_a_signal_fails_CONNECT_SIGNAL() {
        killed(LabConnectRestartsAfterInterrupt.class, "interrupt-eintr", "expected EINTR");
    }

    @Test
    void a_wildcard_bind_confined_to_loopback_fails_SERVER_BIND_WILDCARD() {
        killed(LabWildcardConfinedToLoopback.class, "wildcard-reached-everywhere", "expected the wildcard address");
    }

    /**
     * Runs the lab's clauses against the mutant: FAILED on the one it breaks, by the property
     * named, with {@code what} in the message; PASSED on the others.
     */
    private static ClauseResult killed(Class<? extends SocketStack> mutant, String property, String what) {
        String broken = mutant.getAnnotation(Breaks.class).value();
        List<String> clauses = new ArrayList<>(LabRun.LAB_CLAUSES);
        if (!broken.equals("ERROR-ETIMEDOUT")) {
            clauses.remove("ERROR-ETIMEDOUT");
        }
        RunResult run = LabRun.run(mutant, clauses, LabRun.testOptions());
        ClauseResult r = null;
        for (ClauseResult c : run.clauses()) {
            if (c.clause().id().equals(broken)) {
                r = c;
            } else if (c.clause().id().equals("CONNECT-SIGNAL") && broken.equals("ERROR-ETIMEDOUT")) {
                // a connect to a silent host that does not wait leaves no blocked connect to interrupt
                assertThat(c.verdict()).as(c.reason()).isIn(Verdict.PASSED, Verdict.NOT_VERIFIED);
            } else {
                assertThat(c.verdict())
                        .as("%s on %s: %s", mutant.getSimpleName(), c.clause().id(), c.reason())
                        .isEqualTo(Verdict.PASSED);
            }
        }
        assertThat(r).as("the run has %s", broken).isNotNull();
        assertThat(r.verdict())
                .as("%s on %s: %s", mutant.getSimpleName(), broken, r.reason())
                .isEqualTo(Verdict.FAILED);
        assertThat(r.reason()).startsWith("property " + property + " broke: ");
        assertThat(r.counterexample().message())
                .startsWith(broken + " («" + Catalogue.require(broken).quote() + "») broke:")
                .contains(what);
        assertThat(r.counterexample().calls())
                .anyMatch(call -> call.startsWith("connect(") || call.startsWith("bind("));
        assertThat(r.replay()).startsWith("rv1:" + broken + "/" + property);
        return r;
    }
}
