package dev.rendezvous.reports.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rendezvous.reports.model.BadInputException;
import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clauses a run is expected to fail, each with a reason, and how a run is judged
 * against them.
 *
 * <p>Read from a baseline file, {@code {"expectedFailures": [{"id": "CLAUSE-ID", "reason":
 * "why", "intermittent": false}]}} ({@code intermittent} may be left out; other fields are
 * ignored), or from an earlier {@code results.json}, whose FAILED and EXPECTED_FAILURE clauses
 * become the expected failures with their reasons.
 *
 * <p>Against a run: a listed clause that FAILED becomes EXPECTED_FAILURE with the reason
 * {@code expected: <baseline reason>; failed: <the run's reason>}; a FAILED clause not listed
 * stays FAILED (a new failure); a listed clause that passed is reported so that the baseline
 * is trimmed, unless it is listed as intermittent (an implementation whose failure depends on
 * what it cannot control, such as memory it reads past its data, fails some runs and passes
 * others); a listed clause the run does not have is an error.
 */
public final class Baseline {
    private static final String EXPECTED = "expected: ";
    private static final String FAILED = "; failed: ";

    /**
     * One clause expected to fail.
     *
     * @param id the clause's ID
     * @param reason why it is expected to fail
     * @param intermittent whether it fails in some runs only, so that a pass is no reason to trim it
     */
    public record Entry(String id, String reason, boolean intermittent) {
        /** A clause expected to fail in every run. */
        public Entry(String id, String reason) {
            this(id, reason, false);
        }
    }

    private final String source;
    private final Map<String, Entry> entries;

    private Baseline(String source, List<Entry> list) {
        this.source = source;
        this.entries = new LinkedHashMap<>();
        for (Entry e : list) {
            if (entries.put(e.id(), e) != null) {
                throw new BadInputException("baseline " + source + " lists " + e.id() + " twice");
            }
        }
    }

    /** A baseline of the given entries; {@code source} names it in messages. */
    public static Baseline of(String source, List<Entry> entries) {
        return new Baseline(source, entries);
    }

    /**
     * Reads a baseline file or an earlier results file.
     *
     * @throws BadInputException when the file is missing, not JSON, or neither kind
     */
    public static Baseline read(Path file) {
        JsonNode tree = ResultsReader.readTree(file);
        if (tree.isObject() && tree.has("expectedFailures")) {
            return fromBaselineFile(tree.get("expectedFailures"), file.toString());
        }
        if (tree.isObject() && tree.has("clauses")) {
            return fromResults(ResultsReader.fromTree(tree, file.toString()), file.toString());
        }
        throw new BadInputException(
                file + " is neither a baseline (no \"expectedFailures\") nor a results file (no \"clauses\")");
    }

    /** The expected failures of an earlier run: its FAILED and EXPECTED_FAILURE clauses. */
    public static Baseline fromResults(Results earlier, String source) {
        List<Entry> list = new ArrayList<>();
        for (ClauseOutcome c : earlier.clauses()) {
            if (c.verdict().failing()) {
                list.add(new Entry(c.id(), baselineReason(c)));
            }
        }
        return new Baseline(source, list);
    }

    private static Baseline fromBaselineFile(JsonNode array, String source) {
        if (!array.isArray()) {
            throw new BadInputException("baseline " + source + ": \"expectedFailures\" must be a list");
        }
        List<Entry> list = new ArrayList<>();
        for (JsonNode n : array) {
            String id = n.path("id").asText("").trim();
            String reason = n.path("reason").asText("").trim();
            if (id.isEmpty()) {
                throw new BadInputException("baseline " + source + ": an entry has no \"id\"");
            }
            if (reason.isEmpty()) {
                throw new BadInputException(
                        "baseline " + source + ": " + id + " has no \"reason\" (every expected failure needs one)");
            }
            JsonNode intermittent = n.path("intermittent");
            if (!intermittent.isMissingNode() && !intermittent.isBoolean()) {
                throw new BadInputException(
                        "baseline " + source + ": " + id + " has an \"intermittent\" that is not true or false");
            }
            list.add(new Entry(id, reason, intermittent.asBoolean(false)));
        }
        return new Baseline(source, list);
    }

    /** The reason an earlier verdict gives: for an EXPECTED_FAILURE, the baseline reason it carried. */
    private static String baselineReason(ClauseOutcome c) {
        String r = c.reason();
        if (c.verdict() == Verdict.EXPECTED_FAILURE && r.startsWith(EXPECTED) && r.contains(FAILED)) {
            return r.substring(EXPECTED.length(), r.indexOf(FAILED));
        }
        return r.isBlank() ? "failed in the earlier run" : r;
    }

    /** Where the baseline came from. */
    public String source() {
        return source;
    }

    /** The expected failures, in the order listed. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The listed IDs that are not among {@code known}. */
    public List<String> idsNotIn(Collection<String> known) {
        List<String> out = new ArrayList<>();
        for (String id : entries.keySet()) {
            if (!known.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Judges {@code run} against the baseline. */
    public Judgement judge(Results run) {
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> newFailures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ClauseOutcome c : run.clauses()) {
            Entry e = entries.get(c.id());
            if (e == null) {
                if (c.verdict() == Verdict.FAILED) {
                    newFailures.add(c.id());
                }
            } else if (c.verdict() == Verdict.FAILED) {
                expected.put(c.id(), EXPECTED + e.reason() + FAILED + c.reason());
            } else if (c.verdict() == Verdict.PASSED && e.intermittent()) {
                // passed this time; listed as failing in some runs only
            } else if (c.verdict() == Verdict.PASSED) {
                notes.add("baseline lists " + c.id() + " as expected to fail but it passed: trim the baseline");
            } else if (c.verdict() != Verdict.EXPECTED_FAILURE) {
                notes.add("baseline lists " + c.id() + " as expected to fail but it was " + c.verdict() + " ("
                        + c.reason() + ")");
            }
        }
        List<String> ids = run.clauses().stream().map(ClauseOutcome::id).toList();
        return new Judgement(expected, newFailures, notes, idsNotIn(ids));
    }
}
