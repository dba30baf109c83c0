package dev.rendezvous.tck.property;

import java.util.List;
import java.util.Objects;

/**
 * The result of one trial: {@link Passed}, {@link Failed}, {@link Invalid} (an assumption was not
 * met: not a case, not a failure) or {@link NotVerified} (the environment cannot provoke the case:
 * the property ends with that verdict).
 */
public sealed interface TrialOutcome
        permits TrialOutcome.Passed, TrialOutcome.Failed, TrialOutcome.Invalid, TrialOutcome.NotVerified {

    /** The check held for the generated case. */
    record Passed() implements TrialOutcome {}

    /**
     * The check did not hold.
     *
     * @param message what went wrong, in one line
     * @param cause   the exception behind it, or {@code null}
     * @param trace   the calls the trial made, each with its outcome, as the caller wrote them down;
     *                the engine keeps them as they are
     */
    record Failed(String message, Throwable cause, List<String> trace) implements TrialOutcome {
        public Failed {
            Objects.requireNonNull(message, "message");
            trace = List.copyOf(trace);
        }
    }

    /** @param why the assumption the generated case did not meet */
    record Invalid(String why) implements TrialOutcome {
        public Invalid {
            Objects.requireNonNull(why, "why");
        }
    }

    /** @param reason why this environment cannot provoke the case */
    record NotVerified(String reason) implements TrialOutcome {
        public NotVerified {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The check held. */
    static TrialOutcome passed() {
        return new Passed();
    }

    /** The check did not hold; see {@link Failed} for the parts. */
    static Failed failed(String message, Throwable cause, List<String> trace) {
        return new Failed(message, cause, trace);
    }

    /** The check did not hold; no cause, no trace. */
    static Failed failed(String message) {
        return new Failed(message, null, List.of());
    }

    /** The generated case does not meet an assumption. */
    static TrialOutcome invalid(String why) {
        return new Invalid(why);
    }

    /** The environment cannot provoke the case. */
    static TrialOutcome notVerified(String reason) {
        return new NotVerified(reason);
    }
}
