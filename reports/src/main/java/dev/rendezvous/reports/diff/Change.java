package dev.rendezvous.reports.diff;

import dev.rendezvous.reports.model.Verdict;

/**
 * One clause whose verdict differs between two runs.
 *
 * @param id the clause's ID
 * @param before its verdict in the old run; null when the old run does not have it
 * @param after its verdict in the new run; null when the new run does not have it
 * @param reason the new run's reason (the old one's when the clause is gone)
 */
public record Change(String id, Verdict before, Verdict after, String reason) {
    /** {@code PASSED → FAILED}, with "absent" for a side that lacks the clause. */
    public String transition() {
        return name(before) + " → " + name(after);
    }

    /** The same in ASCII, for terminals: {@code PASSED -> FAILED}. */
    public String asciiTransition() {
        return name(before) + " -> " + name(after);
    }

    private static String name(Verdict v) {
        return v == null ? "absent" : v.name();
    }
}
