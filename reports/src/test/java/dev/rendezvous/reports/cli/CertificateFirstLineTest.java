package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Cli;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.run.ClaimsNothing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate of anything but a certification run that conforms says why in its first line and
 * is never headed "Conformant", whatever the gate (the exit status) says.
 */
class CertificateFirstLineTest {
    @TempDir
    Path dir;

    private String firstLine() throws IOException {
        return Files.readString(dir.resolve("certification.md"))
                .lines()
                .findFirst()
                .orElseThrow();
    }

    @Test
    void one_clause_run_then_rendered_is_not_a_certification() throws IOException {
        Cli run = Cli.run(
                KitLauncher.IN_PROCESS, "run", "--in-process", "--clauses", "LISTEN-BACKLOG", "--out", dir.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);

        Cli report = Cli.run(
                "report",
                "--format",
                "cert",
                "--out",
                dir.toString(),
                dir.resolve("results.json").toString());

        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(firstLine())
                .isEqualTo("# Not a certification: only 1 of " + Catalogue.all().size() + " clauses ran");
    }

    @Test
    void an_implementation_that_claims_no_family_is_not_a_certification() throws IOException {
        Cli run = Cli.run(
                KitLauncher.IN_PROCESS,
                "run",
                "--impl",
                ClaimsNothing.class.getName(),
                "--format",
                "cert",
                "--out",
                dir.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(firstLine()).isEqualTo("# Not a certification: no family claimed");
        assertThat(run.out()).contains("conformance: ✘ Not a certification: no family claimed");
    }

    @Test
    void clauses_not_verified_here_are_not_a_certification() throws IOException {
        Cli run = Cli.run(new FixtureLauncher(Fixtures.REFERENCE), "run", "--format", "cert", "--out", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(firstLine()).startsWith("# Not a certification: 3 clauses could not be verified here: ");
    }

    @Test
    void a_must_clause_excused_by_a_baseline_passes_the_gate_and_is_not_a_certification() throws IOException {
        Cli run = Cli.run(
                new FixtureLauncher(Fixtures.ACME_OLD),
                "run",
                "--baseline",
                Fixtures.path("baseline-acme.json").toString(),
                "--format",
                "cert",
                "--out",
                dir.toString());

        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCodes.OK);
        assertThat(firstLine())
                .startsWith("# Not a certification: a MUST clause failed and is excused by a baseline (");
        assertThat(Files.readString(dir.resolve("certification.json"))).contains("\"conformant\" : false");
    }
}
