package dev.rendezvous.tck.loading;

/**
 * The kit itself failed: a bug of the kit, not of the implementation and not of the way it was
 * asked to run. A command line names it "internal error" and exits with status 3, never with
 * the status of bad usage.
 */
public class KitInternalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KitInternalError(String message) {
        super(message);
    }

    public KitInternalError(String message, Throwable cause) {
        super(message, cause);
    }
}
