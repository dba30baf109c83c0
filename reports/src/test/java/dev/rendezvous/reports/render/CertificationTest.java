package dev.rendezvous.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Provenance;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.CertificationRuns;
import dev.rendezvous.reports.verdict.Conformance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CertificationTest {
    private static final String DATE = "2026-11-25T10:00:00Z";

    @TempDir
    Path dir;

    @Test
    void theMarkdownStatesWhatRanAgainstWhatAndTheCounts() {
        Results r = Fixtures.results(Fixtures.ACME);
        String md = CertificationMarkdown.render(Certification.of(r, DATE));
        Map<String, String> facts = MarkdownTables.twoColumns(md, "Item");
        assertThat(facts)
                .containsEntry("Kit", "rendezvous 0.1.0")
                .containsEntry("Implementation", "Acme Sockets")
                .containsEntry("Implementation version", "2.1")
                .containsEntry("Implementation class", "`com.acme.net.AcmeStack`")
                .containsEntry("Features claimed", "INET, INET6")
                .containsEntry("Seed", "20261125")
                .containsEntry("Date", DATE)
                .containsEntry("Conformant", "no")
                .containsEntry("Gate", "failed")
                .containsKeys("Kit jar SHA-256", "Implementation jar SHA-256", "Results file SHA-256");
        Map<String, String> counts = MarkdownTables.twoColumns(md, "Verdict");
        for (Verdict v : Verdict.values()) {
            assertThat(Integer.parseInt(counts.get(v.marked())))
                    .isEqualTo(r.summary().getOrDefault(v.name(), 0));
        }
        assertThat(md).startsWith("# Not a certification: the results do not record how the run was asked for\n");
        assertThat(md.lines().findFirst().orElseThrow()).doesNotContain("Conformant");
    }

    @Test
    void theJsonHasTheSameFacts() throws Exception {
        Results r = Fixtures.results(Fixtures.REFERENCE);
        JsonNode json = ResultsReader.mapper().readTree(CertificationJson.render(Certification.of(r, DATE)));
        assertThat(json.get("kitVersion").asText()).isEqualTo("0.1.0");
        assertThat(json.get("implementationName").asText()).isEqualTo("rendezvous-reference");
        assertThat(json.get("implementationClass").asText()).isEqualTo("dev.rendezvous.refimpl.NioSocketStack");
        assertThat(json.get("features")).hasSize(5);
        assertThat(json.get("seed").asLong()).isEqualTo(20261125L);
        assertThat(json.get("date").asText()).isEqualTo(DATE);
        assertThat(json.get("gatePassed").asBoolean()).isTrue();
        assertThat(json.get("conformant").asBoolean()).isFalse();
        assertThat(json.get("certified").asBoolean()).isFalse();
        assertThat(json.get("headline").asText()).isEqualTo(Conformance.of(r).headline());
        assertThat(json.get("results").get("sha256").asText()).matches("[0-9a-f]{64}");
        for (Verdict v : Verdict.values()) {
            assertThat(json.get("counts").get(v.name()).asInt())
                    .isEqualTo(r.summary().getOrDefault(v.name(), 0));
        }
        assertThat(json.get("kitJar").get("sha256").asText())
                .isEqualTo(JarDigests.NOT_A_JAR)
                .as("the tests run from target/classes, not from a jar");
    }

    @Test
    void onlyACertificationRunThatConformsIsHeadedConformant() {
        Results certified = CertificationRuns.changed(tree -> {});
        assertThat(CertificationMarkdown.render(Certification.of(certified, DATE)))
                .startsWith("# ✔ Conformant: rendezvous-reference 0.1.0\n");
    }

    @Test
    void aCertificateOfAnythingElseSaysWhyInItsFirstLine() {
        Results excused = CertificationRuns.changed(tree -> {
            CertificationRuns.clause(tree, "CONNECT-NAME-REMAINS").put("verdict", "EXPECTED_FAILURE");
            CertificationRuns.gatedOnBaseline(tree);
        });
        String md = CertificationMarkdown.render(Certification.of(excused, DATE));
        assertThat(md.lines().findFirst().orElseThrow())
                .isEqualTo("# Not a certification: a MUST clause failed and is excused by a baseline"
                        + " (CONNECT-NAME-REMAINS)");
    }

    @Test
    void theRunsOwnProvenanceWinsOverWhatThisMachineHas() {
        Results r = Fixtures.results(Fixtures.ACME);
        JarDigest kit = new JarDigest("/opt/rendezvous.jar", "a".repeat(64));
        JarDigest impl = new JarDigest("/opt/acme.jar", "b".repeat(64));
        Results stamped = new Results(
                r.format(),
                r.kit(),
                r.implementation(),
                r.features(),
                r.environment(),
                r.timing(),
                r.seed(),
                r.tries(),
                r.strict(),
                r.clauses(),
                r.summary(),
                new Provenance(DATE, kit, List.of(impl)),
                r.run(),
                r.source());
        Certification c = Certification.of(stamped, "not this date");
        assertThat(c.kitJar()).isEqualTo(kit);
        assertThat(c.implementationJars()).containsExactly(impl);
        assertThat(c.date()).isEqualTo(DATE);
        assertThat(CertificationMarkdown.render(c)).contains("`" + "a".repeat(64) + "` (rendezvous.jar)");
    }

    @Test
    void aJarsDigestIsTheSha256OfItsBytes() throws Exception {
        Path f = Files.writeString(dir.resolve("abc.jar"), "abc");
        assertThat(JarDigests.of(f).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theJarAClassCameFromIsFoundThroughItsCodeSource() {
        JarDigest d = JarDigests.ofClass(CommandLine.class);
        assertThat(d.path()).endsWith(".jar");
        assertThat(d.sha256()).matches("[0-9a-f]{64}");
        assertThat(JarDigests.ofClass(CertificationTest.class).sha256()).isEqualTo(JarDigests.NOT_A_JAR);
        assertThat(JarDigests.ofClass(String.class).sha256()).isEqualTo(JarDigests.NOT_A_JAR);
    }
}
