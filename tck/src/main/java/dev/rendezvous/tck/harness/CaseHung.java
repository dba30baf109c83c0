package dev.rendezvous.tck.harness;

/** A case that did not finish in time; carries the thread dump of the case's threads. */
public final class CaseHung extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String threadDump;

    CaseHung(String message, String threadDump) {
        super(message, null, false, false);
        this.threadDump = threadDump;
    }

    /** Where each thread of the case stood when it was given up. */
    public String threadDump() {
        return threadDump;
    }
}
