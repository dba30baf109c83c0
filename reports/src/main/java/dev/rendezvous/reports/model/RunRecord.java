package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The {@code run} object of a results file: how the run was asked for, beside the seed, tries
 * and strictness the file records at its top. What makes a run a certification run is read
 * from here (see {@link dev.rendezvous.reports.verdict.Conformance}).
 *
 * @param clauses the clauses selected with {@code --clauses}; empty when every clause was run
 * @param replay the replay token of a run that replayed one case; null otherwise
 * @param defaultTries the kit's default tries per property, which a certification run must reach
 * @param baseline the baseline the run was gated on, with its SHA-256; null when there was none
 * @param isolation where the implementation ran: {@value #CHILD_JVM} or {@value #IN_PROCESS}
 * @param lab what became of the network lab: its mode, or why it was not there
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunRecord(
        List<String> clauses, String replay, int defaultTries, FileDigest baseline, String isolation, String lab) {
    /** The implementation ran in child JVMs. */
    public static final String CHILD_JVM = "child JVM";
    /** The implementation ran in the kit's own JVM. */
    public static final String IN_PROCESS = "in-process";

    public RunRecord {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        isolation = isolation == null ? "" : isolation;
        lab = lab == null ? "" : lab;
    }
}
