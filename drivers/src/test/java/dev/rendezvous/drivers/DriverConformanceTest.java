package dev.rendezvous.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.baseline.Baseline;
import dev.rendezvous.reports.baseline.Judgement;
import dev.rendezvous.reports.model.ClauseOutcome;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole kit through the wire against both drivers, judged against each driver's
 * {@code conformance-baseline.json} the way {@code rendezvous run --baseline} judges a run: a
 * clause that fails and is not listed fails the build, and so does a listed clause that no
 * longer fails. The C driver runs in its build under AddressSanitizer, so the kit's traffic
 * also tests its memory safety. Tries are kept low for the build's time; the certified results
 * ({@code reports/certified/}) use the kit's default depth. Results are left in
 * {@code target/conformance/DRIVER/results.json}.
 */
class DriverConformanceTest {
    /** Tries per property here: every clause and every path through the wire, in a short build. */
    static final int TRIES = 5;

    private static final Map<String, String> DRIVERS = Map.of(
            "c", "target/c/rendezvous-driver-asan",
            "python", "python3 python/rendezvous_driver.py");
    private static final Map<String, Results> RUNS = new java.util.HashMap<>();

    @BeforeAll
    static void runTheKitAgainstBothDrivers() throws IOException {
        for (Map.Entry<String, String> d : DRIVERS.entrySet()) {
            Path file = Path.of("target", "conformance", d.getKey(), "results.json");
            Files.createDirectories(file.getParent());
            RunOptions options = RunOptions.defaults().withDriver(d.getValue()).withTries(TRIES);
            ResultsJson.write(KitRunner.run(options, RunProgress.SILENT), file);
            RUNS.put(d.getKey(), ResultsReader.read(file));
        }
    }

    @Test
    void the_c_driver_keeps_every_clause_as_libc_does() throws IOException {
        judge("c");
        assertThat(RUNS.get("c").clauses()).allMatch(c -> c.verdict() == Verdict.PASSED);
    }

    @Test
    void cpython_fails_exactly_the_clauses_its_readme_states() throws IOException {
        judge("python");
    }

    /** The reasons say what CPython did, as drivers/python/README.md explains them. */
    @Test
    void the_reasons_of_cpython_s_failures_say_what_it_did() {
        Results run = RUNS.get("python");
        assertThat(reason(run, "ACCEPT-SIGNAL"))
                .contains("after Thread.interrupt()")
                .contains("accept(")
                .contains("did not finish");
        assertThat(reason(run, "CONNECT-INET-LENGTH"))
                .contains("with a length short of sizeof(server)")
                .contains("but the call succeeded");
    }

    private static String reason(Results run, String clause) {
        return run.clauses().stream()
                .filter(c -> c.id().equals(clause))
                .map(ClauseOutcome::reason)
                .findFirst()
                .orElseThrow();
    }

    private static void judge(String driver) throws IOException {
        Results run = RUNS.get(driver);
        Path file = Path.of(driver, "conformance-baseline.json");
        Baseline baseline = Baseline.read(file);
        Judgement j = baseline.judge(run);
        assertThat(run.clauses()).hasSize(Catalogue.all().size());
        assertThat(j.missing()).as("listed in %s but not in the run", file).isEmpty();
        assertThat(j.newFailures())
                .as("new failures of the %s driver:%n%s", driver, failures(run))
                .isEmpty();
        assertThat(j.notes()).as("%s lists clauses that did not fail", file).isEmpty();
        assertThat(run.clauses())
                .as("every clause is judged: none NOT_VERIFIED or NOT_CLAIMED")
                .allMatch(c -> c.verdict() == Verdict.PASSED || c.verdict() == Verdict.FAILED);
    }

    private static String failures(Results run) {
        return run.clauses().stream()
                .filter(c -> c.verdict() == Verdict.FAILED)
                .map(c -> c.id() + ": " + c.reason())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
