package dev.rendezvous.adapters.nettyepoll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.baseline.Baseline;
import dev.rendezvous.reports.baseline.Judgement;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.launch.KitRunner;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole kit against Netty's epoll transport, judged against {@code conformance-baseline.json}
 * the way {@code rendezvous run --baseline} judges a run: a clause that fails and is not listed
 * (a regression, of the adapter or of the kit) fails the build, and so does a listed clause that
 * no longer fails (unless it is listed as failing in some runs only), so the baseline is trimmed
 * instead of left to drift. The run uses the kit's
 * fixed seed and default tries, as a certification does; its results are left in
 * {@code target/conformance/results.json}.
 */
class NettyConformanceTest {
    private static final Path BASELINE = Path.of("conformance-baseline.json");
    private static Results run;
    private static Baseline baseline;

    @BeforeAll
    static void runTheKit() throws IOException {
        Path file = Path.of("target", "conformance", "results.json");
        Files.createDirectories(file.getParent());
        RunOptions options = RunOptions.defaults().withStackClass(NettyEpollSocketStack.class.getName());
        ResultsJson.write(KitRunner.run(options, RunProgress.SILENT), file);
        run = ResultsReader.read(file);
        baseline = Baseline.read(BASELINE);
    }

    @Test
    void every_clause_was_run_and_every_listed_one_exists() {
        Judgement j = baseline.judge(run);
        assertThat(run.clauses()).hasSize(Catalogue.all().size());
        assertThat(j.missing()).as("listed in %s but not in the run", BASELINE).isEmpty();
    }

    @Test
    void no_clause_fails_that_the_baseline_does_not_list() {
        Judgement j = baseline.judge(run);
        assertThat(j.newFailures())
                .as("new failures (fix the regression, or list the clause with its reason):%n%s", failures())
                .isEmpty();
    }

    @Test
    void every_listed_clause_still_fails() {
        Judgement j = baseline.judge(run);
        assertThat(j.notes()).as("the baseline lists clauses that did not fail").isEmpty();
        assertThat(j.expected().keySet())
                .containsAll(baseline.entries().stream()
                        .filter(e -> !e.intermittent())
                        .map(Baseline.Entry::id)
                        .toList());
        assertThat(baseline.entries().stream().map(Baseline.Entry::id).toList())
                .as("an excused failure is listed")
                .containsAll(j.expected().keySet());
    }

    private static String failures() {
        return run.clauses().stream()
                .filter(c -> c.verdict() == Verdict.FAILED)
                .map(c -> c.id() + ": " + c.reason())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
