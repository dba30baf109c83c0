package dev.rendezvous.tck.loading;

/**
 * The kit cannot run as asked (no such implementation class, a malformed replay token, an
 * unknown clause ID). The message is one clear sentence for the user; a command line prints it
 * and exits with status 2.
 */
public class KitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KitException(String message) {
        super(message);
    }

    public KitException(String message, Throwable cause) {
        super(message, cause);
    }
}
