package dev.rendezvous.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.FailingCase;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.ClaimsNothing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** How the engine reports a verdict, a run with nothing selected, and a run it cannot start. */
class EngineExecutionTest {
    private static ClauseResult result(Verdict v, FailingCase x) {
        return new ClauseResult(Catalogue.require("CONNECT-INITIATES"), v, "the reason", 1, 1, x, null);
    }

    @Test
    void passed_succeeds_failed_fails_with_the_failure_text_and_the_others_are_aborted_with_their_reason() {
        FailingCase x = new FailingCase("CONNECT-INITIATES/p", "it broke", List.of(), List.of(), 0, "");

        TestExecutionResult passed = RendezvousTestEngine.platformResult(result(Verdict.PASSED, null));
        TestExecutionResult failed = RendezvousTestEngine.platformResult(result(Verdict.FAILED, x));
        TestExecutionResult notVerified = RendezvousTestEngine.platformResult(result(Verdict.NOT_VERIFIED, null));
        TestExecutionResult notClaimed = RendezvousTestEngine.platformResult(result(Verdict.NOT_CLAIMED, null));

        assertThat(passed.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(failed.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(failed.getThrowable())
                .containsInstanceOf(AssertionFailedError.class)
                .get()
                .extracting(Throwable::getMessage)
                .isEqualTo("it broke");
        assertThat(notVerified.getStatus()).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(notVerified.getThrowable())
                .containsInstanceOf(TestAbortedException.class)
                .get()
                .extracting(Throwable::getMessage)
                .isEqualTo("NOT_VERIFIED: the reason");
        assertThat(notClaimed.getThrowable().orElseThrow().getMessage()).isEqualTo("NOT_CLAIMED: the reason");
    }

    @Test
    void with_nothing_selected_the_engine_finishes_at_once() {
        EngineExecutionResults r = EngineTestKit.engine(RendezvousTestEngine.ID)
                .selectors(selectClass(EngineExecutionTest.class))
                .execute();

        r.allEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
    }

    @Test
    void a_run_it_cannot_start_fails_the_engine_and_hands_the_reason_back_by_run_id() {
        EngineExecutionResults r = EngineTestKit.engine(RendezvousTestEngine.ID)
                .selectors(selectUniqueId("[engine:rendezvous]"))
                .configurationParameter(ConfigKeys.CLAUSES, "CONNECT-INITIATES")
                .configurationParameter(ConfigKeys.TRIES, "0")
                .configurationParameter(ConfigKeys.RUN_ID, "run-that-cannot-start")
                .execute();

        r.testEvents().assertStatistics(s -> s.started(0));
        Throwable t = engineFailure(r);
        assertThat(t).isInstanceOf(KitException.class).hasMessage("tries must be between 1 and 1000000, got 0");
        assertThat(RunSink.takeFailure("run-that-cannot-start")).isSameAs(t);
        assertThat(RunSink.takeFailure("run-that-cannot-start")).isNull();
        assertThat(RunSink.take("run-that-cannot-start")).isNull();
    }

    @Test
    void a_clause_s_selector_runs_exactly_that_clause() {
        String previous = System.setProperty(ConfigKeys.LAB_DISABLED, "forbidden in this test");
        try {
            EngineExecutionResults r = EngineTestKit.engine(RendezvousTestEngine.ID)
                    .selectors(selectUniqueId("[engine:rendezvous]/[clause:ACCEPT-VALUE-RESULT]"))
                    .configurationParameter(ConfigKeys.STACK, ClaimsNothing.class.getName())
                    .configurationParameter(ConfigKeys.TRIES, "1")
                    .execute();

            r.testEvents().assertStatistics(s -> s.started(1).finished(1).aborted(1));
            assertThat(r.testEvents().started().stream()
                            .map(e -> e.getTestDescriptor().getDisplayName()))
                    .containsExactly("ACCEPT-VALUE-RESULT");
        } finally {
            if (previous == null) {
                System.clearProperty(ConfigKeys.LAB_DISABLED);
            } else {
                System.setProperty(ConfigKeys.LAB_DISABLED, previous);
            }
        }
    }

    @Test
    void each_clause_is_a_test_that_finishes_with_its_verdict_and_the_engine_succeeds() {
        String previous = System.setProperty(ConfigKeys.LAB_DISABLED, "forbidden in this test");
        try {
            EngineExecutionResults r = EngineTestKit.engine(RendezvousTestEngine.ID)
                    .selectors(selectUniqueId("[engine:rendezvous]"))
                    .configurationParameter(ConfigKeys.STACK, ClaimsNothing.class.getName())
                    .configurationParameter(ConfigKeys.CLAUSES, "CONNECT-INITIATES,ACCEPT-VALUE-RESULT")
                    .configurationParameter(ConfigKeys.TRIES, "1")
                    .execute();

            r.testEvents().assertStatistics(s -> s.started(2).finished(2).aborted(2));
            r.containerEvents().assertStatistics(s -> s.started(1).succeeded(1));
        } finally {
            if (previous == null) {
                System.clearProperty(ConfigKeys.LAB_DISABLED);
            } else {
                System.setProperty(ConfigKeys.LAB_DISABLED, previous);
            }
        }
    }

    private static Throwable engineFailure(EngineExecutionResults r) {
        return r.containerEvents().failed().stream()
                .findFirst()
                .orElseThrow()
                .getPayload(TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
    }

    private static EngineExecutionResults runWithResultsIn(Path dir) {
        return EngineTestKit.engine(RendezvousTestEngine.ID)
                .selectors(selectUniqueId("[engine:rendezvous]"))
                .configurationParameter(ConfigKeys.STACK, ClaimsNothing.class.getName())
                .configurationParameter(ConfigKeys.CLAUSES, "CONNECT-INITIATES")
                .configurationParameter(ConfigKeys.TRIES, "1")
                .configurationParameter(ConfigKeys.RESULTS_DIR, dir.toString())
                .execute();
    }

    @Test
    void the_engine_writes_the_results_file_into_the_directory_given(@TempDir Path dir) {
        runWithResultsIn(dir).containerEvents().assertStatistics(s -> s.failed(0));

        assertThat(dir.resolve("results.json")).isNotEmptyFile();
    }

    @Test
    void a_results_file_that_cannot_be_written_fails_the_run_with_the_reason(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("a-file"), "");

        assertThat(engineFailure(runWithResultsIn(notADirectory)))
                .isInstanceOf(KitException.class)
                .hasMessageStartingWith("cannot write " + notADirectory.resolve("results.json"));
    }
}
