package dev.rendezvous.tck.property;

import java.util.List;

/**
 * One executed trial: its outcome, the draws it made, the span of each draw's range (see
 * {@link Choices#spans()}) and the groups it marked.
 */
record TrialRun(TrialOutcome outcome, long[] recorded, long[] spans, List<ChoiceGroup> groups) {

    /** Runs {@code trial} on {@code choices}, turning exceptions into outcomes. */
    static TrialRun execute(Trial trial, Choices choices) {
        TrialOutcome outcome;
        try {
            outcome = trial.run(choices);
            if (outcome == null) {
                outcome = TrialOutcome.failed("the trial returned no outcome");
            }
        } catch (InvalidCase e) {
            outcome = TrialOutcome.invalid(e.getMessage());
        } catch (RuntimeException | AssertionError e) {
            outcome = TrialOutcome.failed(describe(e), e, List.of());
        }
        synchronized (choices) { // a hung trial's thread may still draw
            return new TrialRun(outcome, choices.recorded(), choices.spans(), choices.groups());
        }
    }

    boolean failed() {
        return outcome instanceof TrialOutcome.Failed;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
