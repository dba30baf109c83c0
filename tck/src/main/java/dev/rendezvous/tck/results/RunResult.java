package dev.rendezvous.tck.results;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run found: what was run against what, how, and every clause's verdict.
 * Written as {@code results.json} by {@link ResultsJson}. The reports read that file with a model of
 * their own ({@code reports.model.Results}), the model of the file format, tolerant of files other
 * kit versions wrote.
 *
 * @param kitName the kit's name
 * @param kitVersion the kit's version
 * @param implementationName the implementation's own name
 * @param implementationVersion the implementation's own version
 * @param implementationClass the class that was loaded
 * @param features the features the implementation claims
 * @param environment what the environment probe found
 * @param timing the effective timing knobs and the run's times
 * @param seed the seed every property drew from
 * @param tries the tries per property
 * @param strict whether NOT_VERIFIED counted as FAILED
 * @param clauses one result per clause of the catalogue, in its order
 */
public record RunResult(
        String kitName,
        String kitVersion,
        String implementationName,
        String implementationVersion,
        String implementationClass,
        List<String> features,
        Map<String, Object> environment,
        Map<String, Object> timing,
        long seed,
        int tries,
        boolean strict,
        List<ClauseResult> clauses) {

    public RunResult {
        features = List.copyOf(features);
        clauses = List.copyOf(clauses);
    }

    /** How many clauses got each verdict (every verdict present, zeros included). */
    public Map<Verdict, Integer> summary() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        for (ClauseResult c : clauses) {
            m.merge(c.verdict(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * The gate: no clause FAILED (NOT_VERIFIED counts as failed only in strict mode, where it was
     * turned into FAILED). Not conformance, which asks more: see the README's "Verdicts".
     */
    public boolean gatePassed() {
        return clauses.stream().noneMatch(c -> c.verdict() == Verdict.FAILED);
    }
}
