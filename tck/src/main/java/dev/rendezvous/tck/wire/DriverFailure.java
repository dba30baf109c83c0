package dev.rendezvous.tck.wire;

/**
 * The driver did not keep the wire protocol: it ended, wrote a line that is not an answer, or
 * answered with something the protocol does not allow. The message holds the evidence: the
 * command, its exit status, its last lines of standard error, the offending line. A call that
 * fails so is a fault of the implementation under test (the kit reports it as FAILED on the
 * clause in progress), never an errno.
 */
public final class DriverFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DriverFailure(String message) {
        super(message);
    }
}
