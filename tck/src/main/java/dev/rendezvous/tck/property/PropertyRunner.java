package dev.rendezvous.tck.property;

import java.util.function.LongSupplier;

/**
 * Runs a property: tries generated cases until one fails or enough have passed, then shrinks the
 * failing case to a minimal one.
 *
 * <p>Try {@code i} (counting from 0) draws from {@link Choices#random Choices.random}{@code
 * (trySeed(seed, i))}, so any try is reproducible from the seed alone. The run always ends:
 * <ul>
 *   <li>after {@link PropertyConfig#tries()} valid cases: {@link PropertyResult.Status#PASSED};</li>
 *   <li>at the first failure, after shrinking within {@link PropertyConfig#maxShrinkRuns()} runs
 *       and {@link PropertyConfig#shrinkBudget()}: {@link PropertyResult.Status#FAILED};</li>
 *   <li>at the first {@linkplain TrialOutcome.NotVerified not-verified} trial, with its reason,
 *       or when more than {@value #INVALID_FACTOR} × tries trials were invalid, with the reason
 *       {@value #TOO_MANY_INVALID}: {@link PropertyResult.Status#NOT_VERIFIED}.</li>
 * </ul>
 */
public final class PropertyRunner {

    /** The reason given when the generator produced too many invalid cases. */
    public static final String TOO_MANY_INVALID = "generator rejected too many cases";
    /** More invalid trials than this many times the tries end the property. */
    public static final int INVALID_FACTOR = 10;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final PropertyConfig config;
    private final LongSupplier nanoClock;

    /** A runner with {@code config}, measuring the shrink time with {@link System#nanoTime()}. */
    public PropertyRunner(PropertyConfig config) {
        this(config, System::nanoTime);
    }

    /** A runner whose shrink time is measured by {@code nanoClock}. */
    PropertyRunner(PropertyConfig config, LongSupplier nanoClock) {
        this.config = config;
        this.nanoClock = nanoClock;
    }

    /**
     * The seed of try {@code tryIndex}: the {@code (tryIndex + 1)}-th output of the SplitMix64
     * generator started at {@code seed}, i.e. Stafford's variant 13 mix of
     * {@code seed + (tryIndex + 1) × 0x9E3779B97F4A7C15}.
     */
    public static long trySeed(long seed, int tryIndex) {
        long z = seed + (tryIndex + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Runs exactly one trial, drawing from {@code sequence} (see {@link Choices#replay}). */
    public static TrialOutcome replay(Trial trial, long[] sequence) {
        return TrialRun.execute(trial, Choices.replay(sequence)).outcome();
    }

    /**
     * Runs the property named {@code propertyId} (the id goes into the replay token, so it may
     * contain only letters, digits, '-', '/', '.' and '_').
     */
    public PropertyResult run(String propertyId, Trial trial) {
        ReplayToken.requireValidId(propertyId);
        long seed = config.seed();
        long maxInvalid = (long) INVALID_FACTOR * config.tries();
        int cases = 0;
        int invalid = 0;
        for (int tryIndex = 0; cases < config.tries(); tryIndex++) {
            TrialRun run = TrialRun.execute(trial, Choices.random(trySeed(seed, tryIndex)));
            TrialOutcome outcome = run.outcome();
            if (outcome instanceof TrialOutcome.Invalid) {
                invalid++;
                if (invalid > maxInvalid) {
                    return PropertyResult.notVerified(propertyId, seed, TOO_MANY_INVALID, cases, invalid);
                }
            } else if (outcome instanceof TrialOutcome.NotVerified notVerified) {
                return PropertyResult.notVerified(propertyId, seed, notVerified.reason(), cases, invalid);
            } else if (outcome instanceof TrialOutcome.Failed) {
                return PropertyResult.failed(propertyId, seed, cases + 1, invalid, shrink(propertyId, trial, run));
            } else {
                cases++;
            }
        }
        return PropertyResult.passed(propertyId, seed, cases, invalid);
    }

    private Counterexample shrink(String propertyId, Trial trial, TrialRun failing) {
        Shrinker.Result shrunk =
                new Shrinker(trial, failing, config.maxShrinkRuns(), config.shrinkBudget(), nanoClock).shrink();
        TrialRun smallest = shrunk.smallest();
        return new Counterexample(
                (TrialOutcome.Failed) smallest.outcome(),
                failing.recorded(),
                shrunk.runs(),
                shrunk.complete(),
                new ReplayToken(propertyId, config.seed(), smallest.recorded()),
                shrunk.passes());
    }
}
