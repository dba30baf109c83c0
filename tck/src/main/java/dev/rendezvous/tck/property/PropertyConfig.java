package dev.rendezvous.tck.property;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PropertyRunner} runs a property.
 *
 * @param seed          the seed every try derives its own from (see {@link PropertyRunner#trySeed})
 * @param tries         how many valid cases to run, at least 1
 * @param maxShrinkRuns how many trials shrinking may run at most, at least 0
 * @param shrinkBudget  how long shrinking may take at most (wall time), not negative
 */
public record PropertyConfig(long seed, int tries, int maxShrinkRuns, Duration shrinkBudget) {

    /** Tries of {@link #defaults}. */
    public static final int DEFAULT_TRIES = 100;
    /** Shrink runs of {@link #defaults}. */
    public static final int DEFAULT_MAX_SHRINK_RUNS = 2_000;
    /** Shrink time of {@link #defaults}. */
    public static final Duration DEFAULT_SHRINK_BUDGET = Duration.ofSeconds(30);

    public PropertyConfig {
        Objects.requireNonNull(shrinkBudget, "shrinkBudget");
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1, got " + tries + ".");
        }
        if (maxShrinkRuns < 0) {
            throw new IllegalArgumentException("maxShrinkRuns must not be negative, got " + maxShrinkRuns + ".");
        }
        if (shrinkBudget.isNegative()) {
            throw new IllegalArgumentException("shrinkBudget must not be negative, got " + shrinkBudget + ".");
        }
    }

    /** {@value #DEFAULT_TRIES} tries, {@value #DEFAULT_MAX_SHRINK_RUNS} shrink runs, 30 s of shrinking. */
    public static PropertyConfig defaults(long seed) {
        return new PropertyConfig(seed, DEFAULT_TRIES, DEFAULT_MAX_SHRINK_RUNS, DEFAULT_SHRINK_BUDGET);
    }

    /** This configuration with another seed. */
    public PropertyConfig withSeed(long newSeed) {
        return new PropertyConfig(newSeed, tries, maxShrinkRuns, shrinkBudget);
    }

    /** This configuration with another number of tries. */
    public PropertyConfig withTries(int newTries) {
        return new PropertyConfig(seed, newTries, maxShrinkRuns, shrinkBudget);
    }

    /** This configuration with another shrink budget. */
    public PropertyConfig withShrinkBudget(int newMaxShrinkRuns, Duration newShrinkBudget) {
        return new PropertyConfig(seed, tries, newMaxShrinkRuns, newShrinkBudget);
    }
}
