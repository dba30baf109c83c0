package dev.rendezvous.api;

/**
 * The one way a call of the SPI fails: it carries the {@link Errno} the call sets, as the
 * documented call returns -1 and sets {@code errno}. Every failure of every call of
 * {@link SocketStack} is such an exception; an implementation that throws anything else
 * breaks the contract, and the kit reports it.
 */
@Stable
public class ErrnoException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Errno errno;

    /** A failure with this errno and its usual message. */
    public ErrnoException(Errno errno) {
        this(errno, null, null);
    }

    /** A failure with this errno and a detail (e.g. the call and its arguments). */
    public ErrnoException(Errno errno, String detail) {
        this(errno, detail, null);
    }

    /** A failure with this errno, a detail, and the underlying cause. */
    public ErrnoException(Errno errno, String detail, Throwable cause) {
        super(compose(errno, detail), cause);
        if (errno == null) {
            throw new NullPointerException("errno");
        }
        this.errno = errno;
    }

    private static String compose(Errno errno, String detail) {
        String head = errno == null ? "null errno" : errno.describe();
        return detail == null || detail.isEmpty() ? head : head + " [" + detail + "]";
    }

    /** The errno this failure sets. */
    public Errno errno() {
        return errno;
    }
}
