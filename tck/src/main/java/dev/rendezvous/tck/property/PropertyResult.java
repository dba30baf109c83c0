package dev.rendezvous.tck.property;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict of one property run.
 *
 * @param propertyId     the property's id
 * @param seed           the seed the run started from
 * @param status         the verdict
 * @param reason         for {@link Status#NOT_VERIFIED} why; for {@link Status#FAILED} the
 *                       shrunk case's failure message; empty for {@link Status#PASSED}
 * @param casesRun       valid trials run (passed ones, plus the failing one)
 * @param invalidCount   trials whose case did not meet an assumption
 * @param counterexample the minimal failing case, present exactly when the status is FAILED
 */
public record PropertyResult(
        String propertyId,
        long seed,
        Status status,
        String reason,
        int casesRun,
        int invalidCount,
        Optional<Counterexample> counterexample) {

    /** The verdicts a property run can reach. */
    public enum Status {
        /** Every case held. */
        PASSED,
        /** A case failed; see the counterexample. */
        FAILED,
        /** The cases could not be produced or provoked here; see the reason. */
        NOT_VERIFIED
    }

    public PropertyResult {
        Objects.requireNonNull(propertyId, "propertyId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(counterexample, "counterexample");
        if (counterexample.isPresent() != (status == Status.FAILED)) {
            throw new IllegalArgumentException("A counterexample belongs to a FAILED result, and only to one.");
        }
    }

    static PropertyResult passed(String id, long seed, int cases, int invalid) {
        return new PropertyResult(id, seed, Status.PASSED, "", cases, invalid, Optional.empty());
    }

    static PropertyResult failed(String id, long seed, int cases, int invalid, Counterexample counterexample) {
        return new PropertyResult(
                id,
                seed,
                Status.FAILED,
                counterexample.failure().message(),
                cases,
                invalid,
                Optional.of(counterexample));
    }

    static PropertyResult notVerified(String id, long seed, String reason, int cases, int invalid) {
        return new PropertyResult(id, seed, Status.NOT_VERIFIED, reason, cases, invalid, Optional.empty());
    }
}
