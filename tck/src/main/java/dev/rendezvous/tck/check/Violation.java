package dev.rendezvous.tck.check;

/**
 * A property saw the implementation break its clause. The message says what was expected and
 * what happened, with the bytes of any name involved.
 */
public class Violation extends AssertionError {
    private static final long serialVersionUID = 1L;

    public Violation(String message) {
        super(message);
    }

    public Violation(String message, Throwable cause) {
        super(message, cause);
    }
}
