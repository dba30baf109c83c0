package dev.rendezvous.tck.launch;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.FailingCase;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunProgress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one child JVM said, line by line, and what that makes of the clauses it was given: the
 * verdicts it reported, and FAILED — with the evidence — for the clause it was on when it
 * ended, crashed or stopped making progress.
 */
final class ChildTranscript {
    private final List<Clause> clauses;
    private final Map<String, ClauseResult> results;
    private final int total;
    private final RunProgress progress;
    private final Evidence evidence;
    private final Predicate<Clause> take;
    private String current;
    private Map<String, Object> meta;

    /**
     * @param clauses the clauses the child was given, in catalogue order
     * @param results the verdicts of the run so far, by clause ID; this transcript adds to them
     * @param total how many clauses the whole run has
     * @param progress hears of the run's start and of every verdict
     * @param evidence keeps the child's lines that are not protocol
     */
    ChildTranscript(
            List<Clause> clauses,
            Map<String, ClauseResult> results,
            int total,
            RunProgress progress,
            Evidence evidence) {
        this(clauses, results, total, progress, evidence, c -> true);
    }

    /**
     * A transcript of a child that shares its clauses with other lanes: of those without a
     * verdict, only the ones {@code take} gives this lane (those it took, or takes now) are blamed
     * when the child ends, crashes or stops making progress.
     */
    ChildTranscript(
            List<Clause> clauses,
            Map<String, ClauseResult> results,
            int total,
            RunProgress progress,
            Evidence evidence,
            Predicate<Clause> take) {
        this.clauses = clauses;
        this.results = results;
        this.total = total;
        this.progress = progress;
        this.evidence = evidence;
        this.take = take;
    }

    /**
     * Reads one line the child wrote.
     *
     * @throws KitException when the child says the kit cannot run as asked
     */
    void line(String line) {
        if (line.startsWith(Protocol.META)) {
            meta = castMap(Json.parse(line.substring(Protocol.META.length())));
            progress.runStarted(meta);
        } else if (line.startsWith(Protocol.START)) {
            current = line.substring(Protocol.START.length()).trim();
            Catalogue.byId(current).ifPresent(c -> progress.clauseStarted(c, results.size() + 1, total));
        } else if (line.startsWith(Protocol.RESULT)) {
            ClauseResult r = ResultsJson.clauseFromLine(line.substring(Protocol.RESULT.length()));
            results.put(r.clause().id(), r);
            progress.clauseFinished(r, results.size(), total);
            current = null;
        } else if (line.startsWith(Protocol.ERROR)) {
            throw new KitException(line.substring(Protocol.ERROR.length()));
        } else if (line.startsWith(Protocol.INTERNAL)) {
            throw new KitInternalError(line.substring(Protocol.INTERNAL.length()));
        } else if (!line.startsWith(Protocol.DONE) && !line.startsWith(Protocol.RESTART)) {
            evidence.add(line);
        }
    }

    /**
     * The child asks to take the clause {@code id} ({@link Protocol#TAKE}): whether it is its to
     * run. A clause taken is the one in progress until its verdict comes.
     */
    boolean take(String id) {
        Optional<Clause> clause =
                clauses.stream().filter(c -> c.id().equals(id)).findFirst();
        if (clause.isEmpty() || results.containsKey(id) || !take.test(clause.get())) {
            return false;
        }
        current = id;
        return true;
    }

    /**
     * The child ended with this exit status: the clause it was on fails; if it ended before the
     * run began, every clause it was given fails; if it ended between clauses without asking for
     * a fresh child ({@link ChildMain#RESTART_STATUS}) while clauses were left, the next one fails.
     */
    void ended(int status) {
        if (current != null) {
            failInProgress(
                    current,
                    "the JVM running the implementation ended during this clause: " + Evidence.exit(status),
                    evidence.text());
        } else if (meta == null) {
            failAll(
                    "the JVM running the implementation ended before the run began: " + Evidence.exit(status),
                    evidence.text());
        } else if (status != ChildMain.RESTART_STATUS) {
            failInProgress(
                    null,
                    "the JVM running the implementation ended between clauses: " + Evidence.exit(status),
                    evidence.text());
        }
    }

    /**
     * The child gave no verdict within {@code budget}: the clause in progress fails with the thread
     * dump, or every clause it was given if the run had not begun.
     */
    void stuck(Duration budget, String dump) {
        String why = "the implementation stopped making progress: no verdict within " + budget.toMillis() + " ms";
        if (meta != null) {
            failInProgress(current, why, dump);
        } else {
            failAll(why + ", before the run began", dump);
        }
    }

    /** The implementation's meta data, as the child reported it; null if it never did. */
    Map<String, Object> meta() {
        return meta;
    }

    /** FAILED for every clause not yet given a verdict, with the same evidence. */
    private void failAll(String message, String detail) {
        for (Clause c : clauses) {
            if (!results.containsKey(c.id()) && take.test(c)) {
                failInProgress(c.id(), message, detail);
            }
        }
    }

    /** FAILED for the clause in progress (or, if none had started, the next one), with the evidence. */
    private void failInProgress(String inProgress, String message, String detail) {
        String id = inProgress;
        if (id == null) {
            for (Clause c : clauses) {
                if (!results.containsKey(c.id()) && take.test(c)) {
                    id = c.id();
                    break;
                }
            }
        }
        if (id == null) {
            return;
        }
        Clause clause = Catalogue.require(id);
        FailingCase x = new FailingCase(
                id,
                id + " («" + clause.quote() + "») could not be checked to the end: " + message,
                List.of(),
                List.of(),
                0,
                detail);
        ClauseResult r = new ClauseResult(clause, Verdict.FAILED, message, 0, 0, x, null);
        results.put(id, r);
        progress.clauseFinished(r, results.size(), total);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
