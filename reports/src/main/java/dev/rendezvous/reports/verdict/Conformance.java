package dev.rendezvous.reports.verdict;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.RunRecord;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three readings of one results file, each defined here and nowhere else.
 *
 * <ul>
 *   <li>The <b>gate</b> (a CI check): no clause FAILED. A failure a baseline excuses is
 *       EXPECTED_FAILURE and passes the gate; the command line exits 0 or 1 on it.
 *   <li><b>Conformance</b> (a release): the gate passed, at least one family is claimed, and
 *       every MUST and SHOULD clause of the catalogue that applies to the claimed features
 *       PASSED — none FAILED, EXPECTED_FAILURE or NOT_VERIFIED, none left out of the run.
 *   <li>A <b>certification run</b>: every clause of the catalogue, at no fewer tries than the
 *       kit's default, without a clause selection, a replay or a baseline, as the file's
 *       {@code run} record shows. Only a certification run that conforms is certified; a
 *       certificate of anything else says why in its first line.
 * </ul>
 *
 * @param gatePassed whether no clause FAILED
 * @param failedClauses how many clauses FAILED, of any level
 * @param conformant whether the results show conformance (see above)
 * @param notACertification why this is not a certification of conformance, first reason first;
 *     empty for a certification run that shows every applying clause either PASSED or FAILED
 * @param failed the MUST and SHOULD clauses that failed (FAILED), with their level
 */
public record Conformance(
        boolean gatePassed,
        int failedClauses,
        boolean conformant,
        List<String> notACertification,
        List<String> failed) {

    /** What a certificate of a certification run that conforms is headed. */
    public static final String CONFORMANT = "Conformant";
    /** What a certificate of anything that is no certification starts with. */
    public static final String NOT_A_CERTIFICATION = "Not a certification";
    /** What a certificate of a certification run with a failed clause is headed. */
    public static final String NOT_CONFORMANT = "Not conformant";

    private static final Set<String> FAMILIES = Set.of("INET", "INET6", "UNIX");
    private static final Set<String> BINDING = Set.of("MUST", "SHOULD");

    public Conformance {
        notACertification = List.copyOf(notACertification);
        failed = List.copyOf(failed);
    }

    /** Whether the run is a certification run that conforms: the one result a certificate may call conformant. */
    public boolean certified() {
        return conformant && notACertification.isEmpty();
    }

    /** The first line of a certificate: why it is no certification, or whether it conforms. */
    public String headline() {
        if (!notACertification.isEmpty()) {
            return NOT_A_CERTIFICATION + ": " + notACertification.get(0);
        }
        if (certified()) {
            return CONFORMANT;
        }
        return NOT_CONFORMANT + ": " + (failed.isEmpty() ? "a clause failed" : String.join(", ", failed) + " failed");
    }

    /** The headline marked: ✔ only for a certification run that conforms. */
    public String marked() {
        return (certified() ? "✔ " : "✘ ") + headline();
    }

    /** The gate in words: passed, or how many clauses failed. */
    public String gate() {
        return gatePassed
                ? "passed (no clause failed that a baseline does not excuse)"
                : "failed (" + failedClauses + (failedClauses == 1 ? " clause" : " clauses") + " failed)";
    }

    /** Reads {@code r}; a file that does not record the kit's default tries is held to this kit's. */
    public static Conformance of(Results r) {
        return of(r, RunOptions.DEFAULT_TRIES);
    }

    /**
     * Reads {@code r}.
     *
     * @param defaultTries the kit's default tries per property, when the file does not record it
     */
    public static Conformance of(Results r, int defaultTries) {
        List<ClauseOutcome> binding =
                r.clauses().stream().filter(c -> BINDING.contains(c.level())).collect(Collectors.toList());
        int failedClauses = r.count(Verdict.FAILED);
        boolean gate = failedClauses == 0;
        boolean familyClaimed = r.features().stream().anyMatch(FAMILIES::contains);
        int catalogue = Catalogue.all().size();
        boolean everyClause = r.clauses().size() >= catalogue;
        boolean everyBindingPassed =
                binding.stream().allMatch(c -> c.verdict() == Verdict.PASSED || c.verdict() == Verdict.NOT_CLAIMED);
        boolean conformant = gate && familyClaimed && everyClause && everyBindingPassed;

        List<String> why = new ArrayList<>();
        RunRecord run = r.run();
        if (!familyClaimed) {
            why.add("no family claimed");
        }
        if (run == null) {
            why.add("the results do not record how the run was asked for");
        } else {
            if (run.replay() != null) {
                why.add("a replay of one case (" + run.replay() + ")");
            }
            int ran = run.clauses().isEmpty()
                    ? r.clauses().size()
                    : Math.min(run.clauses().size(), r.clauses().size());
            if (ran < catalogue) {
                why.add("only " + ran + " of " + catalogue + (catalogue == 1 ? " clause" : " clauses") + " ran");
            }
            int needed = run.defaultTries() > 0 ? run.defaultTries() : defaultTries;
            if (r.tries() < needed) {
                why.add(r.tries() + " tries per property, fewer than the kit's default " + needed);
            }
            List<ClauseOutcome> excused = withVerdict(binding, Verdict.EXPECTED_FAILURE);
            if (!excused.isEmpty()) {
                why.add("a " + excused.get(0).level() + " clause failed and is excused by a baseline (" + ids(excused)
                        + ")");
            } else if (run.baseline() != null) {
                why.add("the run was gated on a baseline (" + run.baseline().path() + ")");
            }
        }
        if (run == null && r.clauses().size() < catalogue) {
            why.add("only " + r.clauses().size() + " of " + catalogue + " clauses ran");
        }
        List<ClauseOutcome> unverified = withVerdict(binding, Verdict.NOT_VERIFIED);
        if (!unverified.isEmpty()) {
            why.add(unverified.size() + (unverified.size() == 1 ? " clause" : " clauses")
                    + " could not be verified here: " + unverified.get(0).reason());
        }
        List<String> failed = withVerdict(binding, Verdict.FAILED).stream()
                .map(c -> c.id() + " (" + c.level() + ")")
                .collect(Collectors.toList());
        return new Conformance(gate, failedClauses, conformant, why, failed);
    }

    private static List<ClauseOutcome> withVerdict(List<ClauseOutcome> clauses, Verdict v) {
        return clauses.stream().filter(c -> c.verdict() == v).collect(Collectors.toList());
    }

    private static String ids(List<ClauseOutcome> clauses) {
        return clauses.stream().map(ClauseOutcome::id).collect(Collectors.joining(", "));
    }
}
