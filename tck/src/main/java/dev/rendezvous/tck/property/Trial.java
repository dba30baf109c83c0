package dev.rendezvous.tck.property;

/**
 * One check of a property against one generated case: draws what it needs from the
 * {@link Choices}, runs the check and says how it went. Throwing {@link InvalidCase} makes the
 * trial invalid; any other exception or {@link AssertionError} makes it fail.
 */
@FunctionalInterface
public interface Trial {

    /** Runs the check on the case that {@code choices} generates. */
    TrialOutcome run(Choices choices);
}
