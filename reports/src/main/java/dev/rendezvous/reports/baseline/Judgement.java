package dev.rendezvous.reports.baseline;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a baseline made of a run.
 *
 * @param expected the failed clauses the baseline lists: ID → the EXPECTED_FAILURE reason they get
 * @param newFailures failed clauses the baseline does not list: these fail the run
 * @param notes listed clauses that did not fail (passed: the baseline should be trimmed)
 * @param missing listed clauses the run does not have: an error
 */
public record Judgement(
        Map<String, String> expected, List<String> newFailures, List<String> notes, List<String> missing) {

    public Judgement {
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
        newFailures = List.copyOf(newFailures);
        notes = List.copyOf(notes);
        missing = List.copyOf(missing);
    }

    /** {@code run} with the expected failures turned into EXPECTED_FAILURE. */
    public Results apply(Results run) {
        List<ClauseOutcome> out = new ArrayList<>();
        for (ClauseOutcome c : run.clauses()) {
            String reason = expected.get(c.id());
            out.add(reason == null ? c : c.withVerdict(Verdict.EXPECTED_FAILURE, reason));
        }
        return run.withClauses(out);
    }
}
