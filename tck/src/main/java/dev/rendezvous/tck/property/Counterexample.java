package dev.rendezvous.tck.property;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The minimal failing case a property run found.
 *
 * @param failure          the outcome of the shrunk case: its message and the calls it made
 * @param originalChoices  the choice sequence of the first failing try, before shrinking
 * @param shrinkRuns       how many trials shrinking ran
 * @param shrinkComplete   {@code true} if shrinking stopped because nothing smaller failed,
 *                         {@code false} if its budget ran out first
 * @param replayToken      reproduces the shrunk case: property id, seed and shrunk sequence
 * @param shrinkPasses     what each pass of the shrinker did, in pass order
 */
public record Counterexample(
        TrialOutcome.Failed failure,
        long[] originalChoices,
        int shrinkRuns,
        boolean shrinkComplete,
        ReplayToken replayToken,
        List<ShrinkPass> shrinkPasses) {

    public Counterexample {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(replayToken, "replayToken");
        originalChoices = originalChoices.clone();
        shrinkPasses = List.copyOf(shrinkPasses);
    }

    /** A counterexample whose passes are not told apart (none listed). */
    public Counterexample(
            TrialOutcome.Failed failure,
            long[] originalChoices,
            int shrinkRuns,
            boolean shrinkComplete,
            ReplayToken replayToken) {
        this(failure, originalChoices, shrinkRuns, shrinkComplete, replayToken, List.of());
    }

    /** A copy of the choice sequence of the first failing try. */
    @Override
    public long[] originalChoices() {
        return originalChoices.clone();
    }

    /** A copy of the shrunk choice sequence (the one in the replay token). */
    public long[] shrunkChoices() {
        return replayToken.choices();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counterexample other
                && failure.equals(other.failure)
                && Arrays.equals(originalChoices, other.originalChoices)
                && shrinkRuns == other.shrinkRuns
                && shrinkComplete == other.shrinkComplete
                && replayToken.equals(other.replayToken)
                && shrinkPasses.equals(other.shrinkPasses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                failure, Arrays.hashCode(originalChoices), shrinkRuns, shrinkComplete, replayToken, shrinkPasses);
    }

    @Override
    public String toString() {
        return "Counterexample[" + failure.message() + ", shrunk in " + shrinkRuns + " runs"
                + (shrinkComplete ? "" : " (budget used up)") + ", replay " + replayToken + "]";
    }
}
