package dev.rendezvous.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.launch.KitRunner;
import dev.rendezvous.tck.mutants.AcceptLengthClampedToOffered;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** The kit on the JUnit Platform: a vendor's suite gives the same verdicts as the command line. */
class EngineTest {
    private static final Set<String> CLAUSES =
            Set.of("CONNECT-INITIATES", "ERROR-ECONNREFUSED", "ERROR-ENETUNREACH-EHOSTUNREACH", "ACCEPT-VALUE-RESULT");

    @Test
    void a_vendor_suite_gives_the_same_verdicts_as_the_kit_runner() {
        EngineExecutionResults suite = EngineTestKit.engine("junit-platform-suite")
                .selectors(selectClass(ReferenceConformanceSuite.class))
                .execute();
        Map<String, String> fromSuite = suite.testEvents().finished().stream()
                .collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(), EngineTest::verdictOf));
        Map<String, String> skipped = suite.testEvents().skipped().stream()
                .collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(), e -> "SKIPPED"));

        RunResult cli = KitRunner.run(
                RunOptions.defaults()
                        .withStackClass(NioSocketStack.class.getName())
                        .withTries(5)
                        .withClauseIds(CLAUSES),
                RunProgress.SILENT);

        assertThat(fromSuite.keySet()).containsExactlyInAnyOrderElementsOf(CLAUSES);
        assertThat(skipped).isEmpty();
        for (ClauseResult r : cli.clauses()) {
            String expected =
                    r.verdict() == Verdict.PASSED ? "SUCCESSFUL" : r.verdict() == Verdict.FAILED ? "FAILED" : "ABORTED";
            assertThat(fromSuite.get(r.clause().id())).as(r.clause().id()).isEqualTo(expected);
        }
    }

    private static String verdictOf(Event e) {
        return e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getStatus()
                .name();
    }

    @Test
    void a_failed_clause_fails_its_test_with_the_sentence_the_calls_and_the_replay_token() {
        EngineExecutionResults r = EngineTestKit.engine(RendezvousTestEngine.ID)
                .selectors(selectUniqueId("[engine:rendezvous]"))
                .configurationParameter(ConfigKeys.STACK, AcceptLengthClampedToOffered.class.getName())
                .configurationParameter(ConfigKeys.CLAUSES, "ACCEPT-VALUE-RESULT")
                .configurationParameter(ConfigKeys.TRIES, "10")
                .execute();
        r.testEvents().assertStatistics(s -> s.started(1).failed(1));
        Throwable t = r.testEvents().failed().stream()
                .findFirst()
                .orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
        assertThat(t.getMessage())
                .contains("ACCEPT-VALUE-RESULT")
                .contains("It is then modified on return to reflect the true size of the name.")
                .contains("shrunk case")
                .contains("accept(")
                .contains("replay: rv1:ACCEPT-VALUE-RESULT/");
    }

    @Test
    void a_replay_runs_only_the_clause_of_its_token() {
        RunOptions mutant = RunOptions.defaults()
                .withStackClass(AcceptLengthClampedToOffered.class.getName())
                .withTries(12);
        RunResult failed = KitRunner.run(mutant.withClauseIds(Set.of("ACCEPT-VALUE-RESULT")), RunProgress.SILENT);
        String token = failed.clauses().get(0).replay();

        RunResult replayed = KitRunner.run(mutant.withReplayToken(token), RunProgress.SILENT);

        assertThat(replayed.clauses()).hasSize(1);
        assertThat(replayed.clauses().get(0).clause().id()).isEqualTo("ACCEPT-VALUE-RESULT");
        assertThat(replayed.clauses().get(0).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(replayed.clauses().get(0).cases()).isEqualTo(1);
    }

    @Test
    void the_engine_stays_silent_unless_it_is_selected() {
        EngineExecutionResults r = EngineTestKit.engine(RendezvousTestEngine.ID)
                .selectors(selectClass(EngineTest.class))
                .execute();
        r.testEvents().assertStatistics(s -> s.started(0));
    }

    @Test
    void an_unloadable_implementation_fails_the_run_with_one_clear_message() {
        EngineExecutionResults r = EngineTestKit.engine(RendezvousTestEngine.ID)
                .selectors(selectUniqueId("[engine:rendezvous]"))
                .configurationParameter(ConfigKeys.STACK, "no.such.Class")
                .execute();
        Throwable t = r.containerEvents().failed().stream()
                .findFirst()
                .orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
        assertThat(t).hasMessage("no implementation class no.such.Class on the class path");
    }
}
