package dev.rendezvous.tck.results;

import dev.rendezvous.tck.catalogue.Clause;

/**
 * The verdict of one clause in one run.
 *
 * @param clause the clause
 * @param verdict its verdict
 * @param reason why (for PASSED: what was covered)
 * @param cases how many generated cases were tried, over all its properties
 * @param durationMillis wall time spent on the clause
 * @param counterexample the shrunk failing case, for FAILED (null otherwise)
 * @param replay the replay token of the counterexample (null otherwise)
 */
public record ClauseResult(
        Clause clause,
        Verdict verdict,
        String reason,
        int cases,
        long durationMillis,
        FailingCase counterexample,
        String replay) {

    /** The same result with another verdict and reason (strict mode, baselines). */
    public ClauseResult withVerdict(Verdict newVerdict, String newReason) {
        return new ClauseResult(clause, newVerdict, newReason, cases, durationMillis, counterexample, replay);
    }

    /** The same result with another counterexample. */
    public ClauseResult withCounterexample(FailingCase c) {
        return new ClauseResult(clause, verdict, reason, cases, durationMillis, c, replay);
    }
}
