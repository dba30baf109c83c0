package dev.rendezvous.adapters.libc;

/**
 * A call failed with an errno number that {@link dev.rendezvous.api.Errno} does not hold. The
 * SPI allows only {@link dev.rendezvous.api.ErrnoException}, which needs a table entry, so the
 * adapter cannot report this failure faithfully; it names the number instead of guessing
 * another errno. The kit reports such an exception as a failure that names the call.
 */
public final class UnmappedErrnoException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final int number;

    /** The call that failed and the errno number it set. */
    public UnmappedErrnoException(String call, int number) {
        super(call + " failed with errno " + number + ", which dev.rendezvous.api.Errno does not hold");
        this.number = number;
    }

    /** The errno number the call set. */
    public int number() {
        return number;
    }
}
