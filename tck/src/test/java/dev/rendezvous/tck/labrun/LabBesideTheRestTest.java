package dev.rendezvous.tck.labrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The lab's clauses run in a child JVM inside the lab while the rest of the run goes on in this
 * one. A whole run with the lab and one without are measured (after a run that warms this JVM up)
 * and printed; what is asserted does
 * not depend on how fast this machine is: every other clause's verdict arrives before the lab's,
 * and some of them arrive while the JVM inside the lab is running (the lab's ETIMEDOUT cases alone
 * wait at least 2 s each).
 */
class LabBesideTheRestTest {

    @Test
    void the_lab_clauses_run_beside_the_rest_of_a_whole_run() {
        LabRun.assumeLab();
        RunOptions options = LabRun.testOptions().withStackClass(NioSocketStack.class.getName());

        LabRun.withLabDisabled("warming up", () -> RunTimeline.of(options));
        RunTimeline withLab = RunTimeline.of(options);
        RunTimeline without =
                LabRun.withLabDisabled("measuring the run without the lab", () -> RunTimeline.of(options));

        System.out.println(figures(withLab, without));
        for (String id : LabRun.LAB_CLAUSES) {
            assertThat(withLab.clause(id).verdict())
                    .as("%s: %s", id, withLab.clause(id).reason())
                    .isEqualTo(Verdict.PASSED);
            assertThat(without.clause(id).verdict()).as(id).isEqualTo(Verdict.NOT_VERIFIED);
        }
        List<RunTimeline.Arrival> others = withLab.arrivals().stream()
                .filter(a -> !LabRun.LAB_CLAUSES.contains(a.clauseId()))
                .collect(Collectors.toList());
        List<RunTimeline.Arrival> lab =
                withLab.arrivals().subList(others.size(), withLab.arrivals().size());
        assertThat(others).as("the other clauses").isNotEmpty();
        assertThat(lab)
                .as("the lab's verdicts come after every other")
                .extracting(RunTimeline.Arrival::clauseId)
                .containsExactlyInAnyOrderElementsOf(LabRun.LAB_CLAUSES);
        assertThat(others)
                .as("verdicts that arrived while the JVM inside the lab was running")
                .anyMatch(RunTimeline.Arrival::insideLabRunning);
    }

    private static String figures(RunTimeline withLab, RunTimeline without) {
        long restDone = withLab.arrivals().stream()
                .filter(a -> !LabRun.LAB_CLAUSES.contains(a.clauseId()))
                .mapToLong(RunTimeline.Arrival::atMillis)
                .max()
                .orElse(0);
        long labClauses = LabRun.LAB_CLAUSES.stream()
                .map(withLab::clause)
                .mapToLong(ClauseResult::durationMillis)
                .sum();
        return "Whole in-process run of the reference ("
                + withLab.result().clauses().size() + " clauses, "
                + LabRun.testOptions().tries() + " tries):\n"
                + "  with the lab:    " + withLab.wallMillis() + " ms (the other clauses done after " + restDone
                + " ms; the lab's clauses took " + labClauses + " ms inside the lab)\n"
                + "  without the lab: " + without.wallMillis() + " ms";
    }
}
