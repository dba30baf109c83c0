package dev.rendezvous.reports.cli;

/** The command line was asked for something it cannot do; the message is one line, the exit status 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
