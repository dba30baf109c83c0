package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of the {@code clauses} array of a results file: a clause and its verdict.
 *
 * @param id the clause's ID
 * @param level MUST, SHOULD or MAY
 * @param quote the sentence(s) of the contract the clause quotes
 * @param checks what the kit checks (may be empty in older files)
 * @param allowed the outcomes the clause accepts (may be empty)
 * @param verdict the verdict
 * @param reason why
 * @param cases how many generated cases were tried
 * @param durationMillis wall time spent on the clause
 * @param counterexample the shrunk failing case, or null
 * @param replay the replay token of the counterexample, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClauseOutcome(
        String id,
        String level,
        String quote,
        String checks,
        String allowed,
        Verdict verdict,
        String reason,
        int cases,
        long durationMillis,
        FailingCase counterexample,
        String replay) {

    public ClauseOutcome {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a clause without an id");
        }
        if (verdict == null) {
            throw new IllegalArgumentException("clause " + id + " has no verdict");
        }
        level = level == null ? "" : level;
        quote = quote == null ? "" : quote;
        checks = checks == null ? "" : checks;
        allowed = allowed == null ? "" : allowed;
        reason = reason == null ? "" : reason;
    }

    /** The same clause with another verdict and reason (baselines). */
    public ClauseOutcome withVerdict(Verdict newVerdict, String newReason) {
        return new ClauseOutcome(
                id,
                level,
                quote,
                checks,
                allowed,
                newVerdict,
                newReason,
                cases,
                durationMillis,
                counterexample,
                replay);
    }
}
