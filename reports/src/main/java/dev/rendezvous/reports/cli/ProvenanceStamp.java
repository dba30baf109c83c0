package dev.rendezvous.reports.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rendezvous.reports.model.Provenance;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.tck.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Adds the {@code provenance} object (date, kit jar, implementation jars, with their
 * SHA-256) to a results file, rewriting it atomically. Every other field is kept as it was.
 */
final class ProvenanceStamp {
    private ProvenanceStamp() {}

    static void add(Path file, Provenance provenance) throws IOException {
        ObjectNode tree = (ObjectNode) ResultsReader.readTree(file);
        tree.set("provenance", ResultsReader.mapper().valueToTree(provenance));
        ResultsJson.writeAtomically(
                file, ResultsReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
    }
}
