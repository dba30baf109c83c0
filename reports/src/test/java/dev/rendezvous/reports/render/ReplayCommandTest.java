package dev.rendezvous.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Provenance;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed replay names the kit's jar and the implementation's classes by absolute paths: it works from any directory. */
class ReplayCommandTest {
    private static Results withProvenance(Provenance p) {
        ObjectNode tree = (ObjectNode) ResultsReader.readTree(Fixtures.path(Fixtures.ACME));
        tree.set("provenance", ResultsReader.mapper().valueToTree(p));
        return ResultsReader.fromTree(tree, "acme");
    }

    @Test
    void the_kit_jar_and_a_directory_of_classes_are_named_by_their_absolute_paths(@TempDir Path dir) throws Exception {
        Path classes = Files.createDirectory(dir.resolve("my classes"));
        Results r = withProvenance(new Provenance(
                "2026-01-01T00:00:00Z",
                new JarDigest("/opt/rendezvous kit/rendezvous.jar", "ab"),
                List.of(new JarDigest(classes.toString(), JarDigests.NOT_A_JAR))));
        ClauseOutcome failed = r.withVerdict(Verdict.FAILED).stream()
                .filter(c -> c.replay() != null)
                .findFirst()
                .orElseThrow();

        String command = ReplayCommand.of(r, failed).orElseThrow();

        assertThat(command)
                .startsWith("java -jar '/opt/rendezvous kit/rendezvous.jar' run --impl ")
                .contains(" --impl-jar '" + classes + "' ")
                .endsWith(" --replay " + failed.replay());
    }

    @Test
    void a_run_that_did_not_record_its_jar_names_the_jar_where_the_build_puts_it() {
        Results r =
                withProvenance(new Provenance("2026-01-01T00:00:00Z", new JarDigest("target/classes", "x"), List.of()));
        ClauseOutcome failed = r.withVerdict(Verdict.FAILED).stream()
                .filter(c -> c.replay() != null)
                .findFirst()
                .orElseThrow();

        assertThat(ReplayCommand.of(r, failed).orElseThrow()).startsWith("java -jar " + ReplayCommand.JAR + " run");
    }
}
