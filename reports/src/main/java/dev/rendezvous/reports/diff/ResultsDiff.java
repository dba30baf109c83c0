package dev.rendezvous.reports.diff;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two runs, clause by clause.
 *
 * <p>A <em>regression</em> is a clause that now fails (FAILED or EXPECTED_FAILURE) and did not
 * before, or that passed before and now does not (fails, is no longer checked, or is gone):
 * a run that stays green while checking less regresses too. A clause <em>newly passes</em>
 * when it is PASSED now and was not before. Every other change of verdict is listed as a
 * change.
 *
 * @param before the old run
 * @param after the new run
 * @param regressions clauses that got worse
 * @param newlyPassing clauses that now pass
 * @param otherChanges the remaining changes of verdict
 */
public record ResultsDiff(
        Results before, Results after, List<Change> regressions, List<Change> newlyPassing, List<Change> otherChanges) {

    public ResultsDiff {
        regressions = List.copyOf(regressions);
        newlyPassing = List.copyOf(newlyPassing);
        otherChanges = List.copyOf(otherChanges);
    }

    /** Compares {@code before} with {@code after}. */
    public static ResultsDiff of(Results before, Results after) {
        Set<String> ids = new LinkedHashSet<>();
        before.clauses().forEach(c -> ids.add(c.id()));
        after.clauses().forEach(c -> ids.add(c.id()));
        List<Change> regressions = new ArrayList<>();
        List<Change> passing = new ArrayList<>();
        List<Change> other = new ArrayList<>();
        for (String id : ids) {
            Verdict was = before.clause(id).map(ClauseOutcome::verdict).orElse(null);
            Verdict is = after.clause(id).map(ClauseOutcome::verdict).orElse(null);
            if (was == is) {
                continue;
            }
            String reason = after.clause(id)
                    .or(() -> before.clause(id))
                    .map(ClauseOutcome::reason)
                    .orElse("");
            Change c = new Change(id, was, is, reason);
            if ((failing(is) && !failing(was)) || was == Verdict.PASSED) {
                regressions.add(c);
            } else if (is == Verdict.PASSED) {
                passing.add(c);
            } else {
                other.add(c);
            }
        }
        return new ResultsDiff(before, after, regressions, passing, other);
    }

    /** Whether anything regressed. */
    public boolean regressed() {
        return !regressions.isEmpty();
    }

    private static boolean failing(Verdict v) {
        return v != null && v.failing();
    }
}
