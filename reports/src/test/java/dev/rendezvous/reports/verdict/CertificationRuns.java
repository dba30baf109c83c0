package dev.rendezvous.reports.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.FileDigest;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.RunRecord;
import dev.rendezvous.tck.run.RunOptions;
import java.util.List;
import java.util.function.Consumer;

/** Results files of certification runs, and of runs that miss being one in exactly one way, for tests. */
public final class CertificationRuns {
    private CertificationRuns() {}

    /** Every clause of the catalogue PASSED at the kit's default tries, every family claimed, as a full run records it. */
    public static ObjectNode certificationRun() {
        ObjectNode tree = (ObjectNode) ResultsReader.readTree(Fixtures.path(Fixtures.REFERENCE));
        for (JsonNode c : tree.get("clauses")) {
            ObjectNode clause = (ObjectNode) c;
            clause.put("verdict", "PASSED");
            clause.put("reason", "held for p (INET 9, INET6 8, UNIX 8)");
        }
        tree.put("tries", RunOptions.DEFAULT_TRIES);
        tree.set(
                "run",
                ResultsReader.mapper()
                        .valueToTree(new RunRecord(
                                List.of(), null, RunOptions.DEFAULT_TRIES, null, RunRecord.CHILD_JVM, "available")));
        summarise(tree);
        return tree;
    }

    /** A certification run, changed by {@code change}, its summary recounted. */
    public static Results changed(Consumer<ObjectNode> change) {
        ObjectNode tree = certificationRun();
        change.accept(tree);
        summarise(tree);
        return ResultsReader.fromTree(tree, "test");
    }

    /** The clause {@code id} of {@code tree}. */
    public static ObjectNode clause(ObjectNode tree, String id) {
        for (JsonNode c : tree.get("clauses")) {
            if (c.get("id").asText().equals(id)) {
                return (ObjectNode) c;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** The run record of {@code tree} with a baseline. */
    public static void gatedOnBaseline(ObjectNode tree) {
        tree.set(
                "run",
                ResultsReader.mapper()
                        .valueToTree(new RunRecord(
                                List.of(),
                                null,
                                RunOptions.DEFAULT_TRIES,
                                new FileDigest("baseline.json", "00"),
                                RunRecord.CHILD_JVM,
                                "available")));
    }

    /** Recounts the {@code summary} from the clauses. */
    public static void summarise(ObjectNode tree) {
        ObjectNode summary = tree.putObject("summary");
        for (String v : List.of("PASSED", "FAILED", "NOT_CLAIMED", "NOT_VERIFIED", "EXPECTED_FAILURE")) {
            summary.put(v, 0);
        }
        for (JsonNode c : (ArrayNode) tree.get("clauses")) {
            String v = c.get("verdict").asText();
            summary.put(v, summary.get(v).asInt() + 1);
        }
    }
}
