package dev.rendezvous.reports.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rendezvous.reports.model.Provenance;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.RunRecord;
import dev.rendezvous.reports.verdict.Conformance;
import dev.rendezvous.tck.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Adds the {@code provenance} object (date, kit jar, implementation jars, with their
 * SHA-256), the {@code run} object (how the run was asked for) and the {@code verdict} object
 * (gate, conformance and certification, read from the file so stamped) to a results file,
 * rewriting it atomically. Every other field is kept as it was.
 */
final class ProvenanceStamp {
    private ProvenanceStamp() {}

    static void add(Path file, Provenance provenance, RunRecord run) throws IOException {
        ObjectNode tree = (ObjectNode) ResultsReader.readTree(file);
        tree.set("provenance", ResultsReader.mapper().valueToTree(provenance));
        tree.set("run", ResultsReader.mapper().valueToTree(run));
        Conformance verdict = Conformance.of(ResultsReader.fromTree(tree, file.toString()));
        ObjectNode v = tree.putObject("verdict");
        v.put("gate", verdict.gatePassed());
        v.put("conformant", verdict.conformant());
        v.put("certified", verdict.certified());
        v.put("headline", verdict.headline());
        ResultsJson.writeAtomically(
                file, ResultsReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
    }
}
