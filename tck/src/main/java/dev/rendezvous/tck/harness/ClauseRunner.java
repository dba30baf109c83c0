package dev.rendezvous.tck.harness;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Families;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.StuckCall;
import dev.rendezvous.tck.property.Counterexample;
import dev.rendezvous.tck.property.PropertyConfig;
import dev.rendezvous.tck.property.PropertyResult;
import dev.rendezvous.tck.property.PropertyRunner;
import dev.rendezvous.tck.property.ReplayToken;
import dev.rendezvous.tck.property.TrialOutcome;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.FailingCase;
import dev.rendezvous.tck.results.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Gives one clause its verdict: NOT_CLAIMED when it needs a feature not claimed; NOT_VERIFIED
 * when it has no property or a property could not be provoked here; FAILED when any property
 * broke (with the shrunk counterexample of the first that did); PASSED only when every
 * property ran its cases and held.
 */
public final class ClauseRunner {
    /** Shrinking stops after this many runs of a property. */
    static final int MAX_SHRINK_RUNS = 300;
    /** Shrinking stops after this long per property. */
    static final Duration SHRINK_BUDGET = Duration.ofSeconds(20);

    private final RunContext run;

    public ClauseRunner(RunContext run) {
        this.run = run;
    }

    /** The clause's verdict over {@code properties} (those of the clause). */
    public ClauseResult run(Clause clause, List<Property> properties) {
        long start = System.nanoTime();
        if (!clause.appliesTo(run.claimed())) {
            return result(clause, Verdict.NOT_CLAIMED, clause.notClaimedReason(run.claimed()), 0, start, null, null);
        }
        if (properties.isEmpty()) {
            return result(clause, Verdict.NOT_VERIFIED, "no check yet", 0, start, null, null);
        }
        int cases = 0;
        int leftOpen = 0;
        List<String> notVerified = new ArrayList<>();
        List<String> notClaimed = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (Property p : properties) {
            if (!run.claimed().containsAll(p.requires())) {
                notClaimed.add(p.name() + " needs " + p.requires());
                continue;
            }
            CaseRunner cases1 = new CaseRunner(p, run);
            List<Integer> families = Families.claimedAmong(p.families(), run.claimed());
            int tries =
                    Math.max(Math.min(run.tries(), p.maxTries()), p.eachCaseCoversEveryFamily() ? 1 : families.size());
            PropertyConfig config = new PropertyConfig(propertySeed(p), tries, MAX_SHRINK_RUNS, SHRINK_BUDGET);
            PropertyResult r = new PropertyRunner(config).run(p.id(), cases1);
            cases += r.casesRun();
            leftOpen += cases1.descriptorsLeftOpen();
            switch (r.status()) {
                case FAILED:
                    Counterexample x = r.counterexample().orElseThrow();
                    return result(
                            clause,
                            Verdict.FAILED,
                            failureReason(clause, p, x),
                            cases,
                            start,
                            counterexample(clause, p, x),
                            x.replayToken().toString());
                case NOT_VERIFIED:
                    notVerified.add(p.name() + ": " + r.reason());
                    break;
                default:
                    FamilyCoverage coverage = new FamilyCoverage(families, cases1.passedByFamily());
                    if (coverage.missing().isEmpty()) {
                        passed.add(p.name() + " (" + coverage.describe(r.casesRun())
                                + p.uncheckedFamilies(families)
                                        .map(why -> "; " + why)
                                        .orElse("")
                                + ")");
                    } else {
                        notVerified.add(p.name() + ": " + coverage.whyNotVerified());
                    }
            }
        }
        if (!notVerified.isEmpty()) {
            return result(clause, Verdict.NOT_VERIFIED, String.join("; ", notVerified), cases, start, null, null);
        }
        if (passed.isEmpty()) {
            return result(clause, Verdict.NOT_CLAIMED, String.join("; ", notClaimed), cases, start, null, null);
        }
        String reason = "held for " + String.join(", ", passed)
                + (notClaimed.isEmpty() ? "" : "; not claimed: " + String.join(", ", notClaimed))
                + (leftOpen == 0 ? "" : "; the harness closed " + leftOpen + " descriptors the cases left open");
        return result(clause, Verdict.PASSED, reason, cases, start, null, null);
    }

    /** The seed of one property: the run's seed mixed with the property's ID, so properties draw independently. */
    long propertySeed(Property p) {
        return run.seed() ^ ((long) p.id().hashCode() << 21);
    }

    /** Replays exactly one case of a property from a token's choices: the clause's verdict from that case alone. */
    public ClauseResult replay(Property p, ReplayToken token) {
        long start = System.nanoTime();
        Clause clause = p.clause();
        TrialOutcome outcome = PropertyRunner.replay(new CaseRunner(p, run), token.choices());
        if (outcome instanceof TrialOutcome.Failed) {
            TrialOutcome.Failed f = (TrialOutcome.Failed) outcome;
            FailingCase x = new FailingCase(
                    p.id(), sentence(clause) + " " + f.message(), f.trace(), boxed(token.choices()), 0, detail(f));
            return result(
                    clause, Verdict.FAILED, "replayed case failed: " + f.message(), 1, start, x, token.toString());
        }
        if (outcome instanceof TrialOutcome.NotVerified) {
            return result(
                    clause, Verdict.NOT_VERIFIED, ((TrialOutcome.NotVerified) outcome).reason(), 0, start, null, null);
        }
        if (outcome instanceof TrialOutcome.Invalid) {
            return result(
                    clause,
                    Verdict.NOT_VERIFIED,
                    "the replayed case is not valid: " + ((TrialOutcome.Invalid) outcome).why(),
                    0,
                    start,
                    null,
                    null);
        }
        return result(
                clause,
                Verdict.DID_NOT_REPRODUCE,
                DID_NOT_REPRODUCE + ": the replayed case held this time",
                1,
                start,
                null,
                token.toString());
    }

    private static String failureReason(Clause clause, Property p, Counterexample x) {
        boolean hung = x.failure().cause() instanceof CaseHung || x.failure().cause() instanceof StuckCall;
        return "property " + p.name() + (hung ? HUNG : " broke: ") + x.failure().message();
    }

    /** What a replay whose case held says: the failure it was recorded for did not reproduce. */
    public static final String DID_NOT_REPRODUCE = "the failure did not reproduce";

    /** Marks the reason of a clause whose case hung: the implementation may be left in any state. */
    public static final String HUNG = " hung: ";

    /** Whether a clause's result comes from a hung case. */
    public static boolean hung(ClauseResult r) {
        return r.verdict() == Verdict.FAILED && r.reason() != null && r.reason().contains(HUNG);
    }

    private static FailingCase counterexample(Clause clause, Property p, Counterexample x) {
        return new FailingCase(
                p.id(),
                sentence(clause) + " " + x.failure().message(),
                x.failure().trace(),
                boxed(x.shrunkChoices()),
                x.shrinkRuns(),
                detail(x.failure()),
                x.shrinkPasses());
    }

    /** The sentence a failure names: the clause's ID and its quote. */
    static String sentence(Clause clause) {
        return clause.id() + " («" + clause.quote() + "») broke:";
    }

    private static String detail(TrialOutcome.Failed f) {
        if (f.cause() instanceof CaseHung) {
            return ((CaseHung) f.cause()).threadDump();
        }
        if (f.cause() instanceof StuckCall) {
            return ((StuckCall) f.cause()).threadDump();
        }
        return "";
    }

    private static List<Long> boxed(long[] choices) {
        return Arrays.stream(choices).boxed().collect(Collectors.toList());
    }

    private static ClauseResult result(
            Clause clause, Verdict v, String reason, int cases, long start, FailingCase x, String replay) {
        return new ClauseResult(clause, v, reason, cases, (System.nanoTime() - start) / 1_000_000, x, replay);
    }
}
