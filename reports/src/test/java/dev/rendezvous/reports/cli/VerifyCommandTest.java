package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rendezvous.reports.Cli;
import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Provenance;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.render.JarDigests;
import dev.rendezvous.reports.verdict.CertificationRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify}: a certification holds only for the intact results of a certification run that conforms. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    private Path kitJar;
    private Path implJar;
    private Path results;

    @BeforeEach
    void certifiedRun() throws IOException {
        kitJar = Files.write(dir.resolve("rendezvous.jar"), new byte[] {'k', 'i', 't'});
        implJar = Files.write(dir.resolve("mystack.jar"), new byte[] {'i', 'm', 'p', 'l'});
        results = dir.resolve("results.json");
        write(CertificationRuns.certificationRun());
    }

    private void write(ObjectNode tree) throws IOException {
        tree.set(
                "provenance",
                ResultsReader.mapper()
                        .valueToTree(new Provenance(
                                "2026-12-07T00:00:00Z",
                                JarDigests.of(kitJar),
                                List.<JarDigest>of(JarDigests.of(implJar)))));
        Files.writeString(results, ResultsReader.mapper().writeValueAsString(tree));
    }

    private Path certify() {
        Cli report = Cli.run(
                "report", "--format", "cert", "--out", dir.resolve("cert").toString(), results.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        return dir.resolve("cert").resolve("certification.json");
    }

    private Cli verify(Path certification) {
        return Cli.run("verify", certification.toString(), results.toString());
    }

    @Test
    void an_intact_certification_run_that_conforms_is_verified() {
        Cli v = verify(certify());

        assertThat(v.exit()).as(v.out()).isEqualTo(ExitCodes.OK);
        assertThat(v.out()).startsWith("verified: Conformant: ");
    }

    @Test
    void a_results_file_whose_verdict_was_edited_is_not_verified() throws IOException {
        Path cert = certify();
        ObjectNode tree = (ObjectNode) ResultsReader.readTree(results);
        CertificationRuns.clause(tree, "ACCEPT-BLOCKS").put("verdict", "FAILED");
        Files.writeString(results, ResultsReader.mapper().writeValueAsString(tree));

        Cli v = verify(cert);

        assertThat(v.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(v.out())
                .contains("is not the one certified")
                .contains("the results file's summary states 0 FAILED, its clauses hold 1")
                .contains("not a certified result: Not conformant: ACCEPT-BLOCKS (MUST) failed");
    }

    @Test
    void a_swapped_implementation_jar_is_not_verified() throws IOException {
        Path cert = certify();
        Files.write(implJar, new byte[] {'o', 't', 'h', 'e', 'r'});

        Cli v = verify(cert);

        assertThat(v.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(v.out()).contains("the implementation's jar " + implJar.toAbsolutePath() + " has changed");
    }

    @Test
    void a_swapped_kit_jar_is_not_verified() throws IOException {
        Path cert = certify();
        Files.write(kitJar, new byte[] {'o', 't', 'h', 'e', 'r'});

        Cli v = verify(cert);

        assertThat(v.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(v.out()).contains("the kit's jar " + kitJar.toAbsolutePath() + " has changed");
    }

    @Test
    void a_partial_run_is_not_verified_even_intact() throws IOException {
        ObjectNode tree = CertificationRuns.certificationRun();
        ArrayNode clauses = (ArrayNode) tree.get("clauses");
        for (Iterator<JsonNode> i = clauses.elements(); i.hasNext(); ) {
            if (!i.next().get("id").asText().equals("LISTEN-BACKLOG")) {
                i.remove();
            }
        }
        CertificationRuns.summarise(tree);
        write(tree);
        Path cert = certify();

        Cli v = verify(cert);

        assertThat(v.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(v.out()).contains("not a certified result: Not a certification: only 1 of 30 clauses ran");
        assertThat(Files.readString(cert.resolveSibling("certification.md")))
                .startsWith("# Not a certification: only 1 of 30 clauses ran\n");
    }

    @Test
    void a_certification_that_is_not_one_is_bad_input() throws IOException {
        Cli v = verify(Files.writeString(dir.resolve("x.json"), "[1]"));

        assertThat(v.exit()).isEqualTo(ExitCodes.USAGE);
    }
}
