package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Cli;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --baseline}: the kit stands in with Acme 2.0's run, which fails ACCEPT-BLOCKS and CONNECT-NAME-REMAINS. */
class BaselineGateTest {
    @TempDir
    Path dir;

    private Cli run(String baseline, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "run";
        args[1] = "--out";
        args[2] = dir.resolve("out").toString();
        args[3] = "--baseline=" + baseline;
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(new FixtureLauncher(Fixtures.ACME_OLD), args);
    }

    private String baselineFile(String json) throws Exception {
        return Files.writeString(dir.resolve("baseline.json"), json).toString();
    }

    private Results written() {
        return ResultsReader.read(dir.resolve("out/results.json"));
    }

    @Test
    void listedFailuresBecomeExpectedFailuresAndTheRunPasses() throws Exception {
        Cli cli = run(Fixtures.path("baseline-acme.json").toString());
        assertThat(cli.exit()).as(cli.out() + cli.err()).isEqualTo(ExitCodes.OK);
        Results r = written();
        assertThat(r.withVerdict(Verdict.EXPECTED_FAILURE))
                .extracting(c -> c.id())
                .containsExactly("CONNECT-NAME-REMAINS", "ACCEPT-BLOCKS");
        assertThat(r.clause("CONNECT-NAME-REMAINS").orElseThrow().reason())
                .isEqualTo("expected: Acme releases the auto-bound port on a failed connect (ticket ACME-88); "
                        + "failed: getsockname gave ENOTCONN after a failed connect");
        assertThat(r.count(Verdict.FAILED)).isZero();
        assertThat(cli.out()).contains("2 expected failure(s), 0 new failure(s)");
        Fixtures.assertAcceptedByCheckResults(dir.resolve("out/results.json"));
    }

    @Test
    void aNewFailureFailsTheRun() throws Exception {
        Cli cli = run(baselineFile("{\"expectedFailures\":[{\"id\":\"ACCEPT-BLOCKS\",\"reason\":\"known\"}]}"));
        assertThat(cli.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(written().clause("CONNECT-NAME-REMAINS").orElseThrow().verdict())
                .isEqualTo(Verdict.FAILED);
        assertThat(cli.out()).contains("1 expected failure(s), 1 new failure(s): CONNECT-NAME-REMAINS");
    }

    @Test
    void aListedClauseThatNowPassesIsReported() throws Exception {
        Cli cli = run(baselineFile("{\"expectedFailures\":["
                + "{\"id\":\"ACCEPT-BLOCKS\",\"reason\":\"a\"},{\"id\":\"CONNECT-NAME-REMAINS\",\"reason\":\"b\"},"
                + "{\"id\":\"ACCEPT-VALUE-RESULT\",\"reason\":\"c\"}]}"));
        assertThat(cli.exit()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out())
                .contains("baseline lists ACCEPT-VALUE-RESULT as expected to fail but it passed: trim the baseline\n");
    }

    @Test
    void aListedClauseMissingFromTheCatalogueIsOneLineAndStatus2BeforeRunning() throws Exception {
        FixtureLauncher kit = new FixtureLauncher(Fixtures.ACME_OLD);
        String b = baselineFile("{\"expectedFailures\":[{\"id\":\"NO-SUCH-CLAUSE\",\"reason\":\"x\"}]}");
        Cli cli = Cli.run(kit, "run", "--out", dir.toString(), "--baseline", b);
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines())
                .containsExactly(
                        "rendezvous: baseline " + b + " lists NO-SUCH-CLAUSE, which the catalogue does not have");
        assertThat(kit.calls).hasValue(0);
    }

    @Test
    void aListedClauseTheRunLeavesOutIsOneLineAndStatus2() throws Exception {
        Cli cli = run(Fixtures.path("baseline-acme.json").toString(), "--clauses", "ACCEPT-BLOCKS");
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .endsWith("lists CONNECT-NAME-REMAINS, which this run does not include (--clauses)");
    }

    @Test
    void anEarlierResultsFileServesAsTheBaseline() {
        Cli cli = run(Fixtures.path(Fixtures.ACME).toString());
        assertThat(cli.exit()).as("ACCEPT-BLOCKS failed and Acme 2.1 did not").isEqualTo(ExitCodes.NOT_CONFORMANT);
        Results r = written();
        assertThat(r.clause("CONNECT-NAME-REMAINS").orElseThrow().reason())
                .startsWith(
                        "expected: Acme releases the auto-bound port on a failed connect (ticket ACME-88); failed: ");
        assertThat(r.clause("ACCEPT-BLOCKS").orElseThrow().verdict()).isEqualTo(Verdict.FAILED);
        assertThat(cli.out())
                .contains("baseline lists ACCEPT-VALUE-RESULT as expected to fail but it passed: trim the baseline");
    }

    @Test
    void aBaselineWithoutReasonsOrUnreadableIsOneLineAndStatus2() throws Exception {
        Cli noReason = run(baselineFile("{\"expectedFailures\":[{\"id\":\"ACCEPT-BLOCKS\",\"reason\":\" \"}]}"));
        assertThat(noReason.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noReason.errLines()).hasSize(1);
        Cli missing = run(dir.resolve("nothing.json").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.errLines()).containsExactly("rendezvous: no such file: " + dir.resolve("nothing.json"));
    }
}
