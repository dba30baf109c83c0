package dev.rendezvous.reference;

/**
 * A failure of the JDK that the reference implementation's table of JDK exceptions
 * ({@link JdkFailures}) does not map to an errno.
 *
 * <p>The SPI says that every failure is an {@code ErrnoException}; guessing an errno for an
 * exception nobody looked at would hide a gap in the table behind a plausible answer. So an
 * unmapped exception surfaces as this unchecked exception instead: its message names the call,
 * the JDK exception's class and its message, and the JDK exception is its cause. The kit
 * reports it as a failure of that call, which is right: the table has a gap to close.
 */
public final class UnmappedFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param call the SPI call that met the failure, e.g. {@code connect}
     * @param cause the JDK exception that has no row in the table
     */
    public UnmappedFailureException(String call, Throwable cause) {
        super(
                call + ": no errno is mapped for " + cause.getClass().getName() + " \"" + cause.getMessage() + "\"",
                cause);
    }
}
