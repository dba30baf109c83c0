package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A results file ({@code results.json}) as the reports read it. Fields this model does not
 * know are ignored, so files from newer kits still render.
 *
 * @param format the version of the file format
 * @param kit the kit that ran
 * @param implementation what it ran against
 * @param features the features the implementation claims
 * @param environment what the environment probe found
 * @param timing the effective timing knobs and the run's times
 * @param seed the seed every property drew from
 * @param tries the tries per property
 * @param strict whether NOT_VERIFIED counted as FAILED
 * @param clauses one outcome per clause, in the catalogue's order
 * @param summary the file's own count of clauses per verdict name
 * @param provenance when and from which jars the run was made; null when not recorded
 * @param run how the run was asked for (selection, replay, baseline, isolation, lab); null when
 *     not recorded
 * @param source the file these results were read from and its SHA-256; null when they were not
 *     read from a file (not part of the file itself)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Results(
        int format,
        KitInfo kit,
        ImplementationInfo implementation,
        List<String> features,
        Map<String, Object> environment,
        Map<String, Object> timing,
        long seed,
        int tries,
        boolean strict,
        List<ClauseOutcome> clauses,
        Map<String, Integer> summary,
        Provenance provenance,
        RunRecord run,
        @JsonIgnore FileDigest source) {

    public Results {
        kit = kit == null ? new KitInfo(null, null) : kit;
        implementation = implementation == null ? new ImplementationInfo(null, null, null) : implementation;
        features = features == null ? List.of() : List.copyOf(features);
        environment = environment == null ? Map.of() : environment;
        timing = timing == null ? Map.of() : timing;
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        summary = summary == null ? Map.of() : summary;
    }

    /** How many clauses got each verdict, counted from the clauses (every verdict present). */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        for (ClauseOutcome c : clauses) {
            m.merge(c.verdict(), 1, Integer::sum);
        }
        return m;
    }

    /** How many clauses got {@code v}. */
    public int count(Verdict v) {
        return counts().get(v);
    }

    /**
     * The gate: no clause FAILED (one a baseline excuses is EXPECTED_FAILURE). Not conformance:
     * see {@link dev.rendezvous.reports.verdict.Conformance}.
     */
    public boolean gatePassed() {
        return count(Verdict.FAILED) == 0;
    }

    /** The same results, read from {@code file}. */
    public Results readFrom(FileDigest file) {
        return with(clauses, summary, file);
    }

    /** The clauses with verdict {@code v}, in order. */
    public List<ClauseOutcome> withVerdict(Verdict v) {
        List<ClauseOutcome> out = new ArrayList<>();
        for (ClauseOutcome c : clauses) {
            if (c.verdict() == v) {
                out.add(c);
            }
        }
        return out;
    }

    /** The outcome of the clause with this ID, if the file has it. */
    public Optional<ClauseOutcome> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The same results with other clause outcomes (baselines); the summary follows them. */
    public Results withClauses(List<ClauseOutcome> newClauses) {
        Results r = with(newClauses, Map.of(), source);
        Map<String, Integer> s = new java.util.LinkedHashMap<>();
        r.counts().forEach((v, n) -> s.put(v.name(), n));
        return with(newClauses, s, source);
    }

    private Results with(List<ClauseOutcome> newClauses, Map<String, Integer> newSummary, FileDigest newSource) {
        return new Results(
                format,
                kit,
                implementation,
                features,
                environment,
                timing,
                seed,
                tries,
                strict,
                newClauses,
                newSummary,
                provenance,
                run,
                newSource);
    }
}
