package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.baseline.Judgement;
import dev.rendezvous.reports.model.Provenance;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.RunRecord;
import dev.rendezvous.reports.verdict.Conformance;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kit's run result on its way to {@code results.json}, in memory.
 *
 * <p>The reports keep a model of their own ({@link Results}): it is the model of the results file
 * format, read from files that any version of the kit wrote and tolerant of fields it does not
 * know, where the kit's {@link RunResult} is what this kit's classes produce. The run command
 * turns one into the other through the very map the file is written from, so that what it
 * prints and renders is exactly what the file says.
 */
final class RunResults {
    private RunResults() {}

    /** The run with a baseline's expected failures turned into EXPECTED_FAILURE. */
    static RunResult withBaseline(RunResult r, Judgement j) {
        List<ClauseResult> out = new ArrayList<>();
        for (ClauseResult c : r.clauses()) {
            String reason = j.expected().get(c.clause().id());
            out.add(reason == null ? c : c.withVerdict(Verdict.EXPECTED_FAILURE, reason));
        }
        return new RunResult(
                r.kitName(),
                r.kitVersion(),
                r.implementationName(),
                r.implementationVersion(),
                r.implementationClass(),
                r.features(),
                r.environment(),
                r.timing(),
                r.seed(),
                r.tries(),
                r.strict(),
                out);
    }

    /** The content of the results file: the run as the kit writes it, and its provenance when there is one. */
    static Map<String, Object> file(RunResult r, Provenance provenance) {
        Map<String, Object> file = new LinkedHashMap<>(ResultsJson.toMap(r));
        if (provenance != null) {
            file.put("provenance", ResultsReader.mapper().convertValue(provenance, Map.class));
        }
        return file;
    }

    /**
     * As {@link #file(RunResult, Provenance)}, with the {@code run} record (how the run was asked
     * for) and the {@code verdict} object (gate, conformance and certification) read from that
     * very content.
     */
    static Map<String, Object> file(RunResult r, Provenance provenance, RunRecord run) {
        Map<String, Object> file = file(r, provenance);
        file.put("run", ResultsReader.mapper().convertValue(run, Map.class));
        Conformance verdict = Conformance.of(readable(file));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("gate", verdict.gatePassed());
        v.put("conformant", verdict.conformant());
        v.put("certified", verdict.certified());
        v.put("headline", verdict.headline());
        file.put("verdict", v);
        return file;
    }

    /** The results file's content as the reports read it. */
    static Results readable(Map<String, Object> file) {
        return ResultsReader.mapper().convertValue(file, Results.class);
    }
}
