package dev.rendezvous.tck.property;

/**
 * Thrown from a generator or a trial when the generated case does not meet an assumption: the
 * trial ends as {@link TrialOutcome#invalid(String)}, which is neither a case run nor a failure.
 */
public final class InvalidCase extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param why what the case lacks, in a few words */
    public InvalidCase(String why) {
        super(why, null, false, false);
    }
}
