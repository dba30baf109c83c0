package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.RunRecord;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code run} record of a run the command line made: what it was asked for, and where it ran. */
final class RunRecords {
    private RunRecords() {}

    /**
     * @param selected the clauses given with {@code --clauses}; empty for all
     * @param replay the token given with {@code --replay}, or null
     * @param baseline the file given with {@code --baseline}, or null
     * @param isolated whether the implementation ran in child JVMs
     * @param result the run's result, whose environment tells what became of the network lab
     */
    static RunRecord of(Set<String> selected, String replay, Path baseline, boolean isolated, RunResult result) {
        return new RunRecord(
                List.copyOf(selected),
                replay,
                RunOptions.DEFAULT_TRIES,
                baseline == null ? null : ResultsReader.digest(baseline),
                isolated ? RunRecord.CHILD_JVM : RunRecord.IN_PROCESS,
                lab(result.environment().get("lab")));
    }

    /** The lab in words: its mode, or why there was none. */
    static String lab(Object description) {
        if (!(description instanceof Map)) {
            return "not recorded";
        }
        Map<?, ?> lab = (Map<?, ?>) description;
        if (Boolean.TRUE.equals(lab.get("inside"))) {
            return "the run was inside a lab";
        }
        if (Boolean.TRUE.equals(lab.get("available"))) {
            return "available, mode " + lab.get("mode");
        }
        return "not available: " + lab.get("reason");
    }
}
