package dev.rendezvous.tck.model;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/**
 * What one call did: it succeeded (with the descriptor that socket and accept return), or it
 * failed with an errno.
 *
 * @param errno the errno of the failure; null for a success
 * @param value what a successful socket or accept returned; 0 for the other calls
 */
record Outcome(Errno errno, int value) {

    /** A call of the implementation, which fails only with an errno. */
    @FunctionalInterface
    public interface Call {
        /** Makes the call; returns the descriptor for socket and accept, anything for the others. */
        int run() throws ErrnoException;
    }

    /** Makes {@code call} and records how it ended; anything but an errno is not caught. */
    public static Outcome of(Call call) {
        try {
            return new Outcome(null, call.run());
        } catch (ErrnoException e) {
            return new Outcome(e.errno(), 0);
        }
    }

    /** Whether the call succeeded. */
    public boolean succeeded() {
        return errno == null;
    }

    /** Whether the call failed with {@code e}. */
    public boolean failedWith(Errno e) {
        return errno == e;
    }

    /** {@code it succeeded} or {@code it failed with EINVAL (22): Invalid argument}. */
    public String describe() {
        return errno == null ? "it succeeded" : "it failed with " + errno.describe();
    }
}
