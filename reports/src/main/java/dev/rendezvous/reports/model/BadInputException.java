package dev.rendezvous.reports.model;

/**
 * Input that cannot be used: a file that is missing, unreadable or not in the expected
 * format. The message is one line for the user; the command line prints it and exits 2.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
