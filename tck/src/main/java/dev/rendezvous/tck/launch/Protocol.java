package dev.rendezvous.tck.launch;

/**
 * The lines a child JVM writes on its standard output to tell the parent how the run goes, and
 * the parent's answers on the child's standard input; every other line the child writes is the
 * implementation's own output, kept as evidence.
 */
final class Protocol {
    /** Followed by the implementation's meta data as compact JSON. */
    static final String META = "@@rendezvous meta ";
    /** Followed by a clause ID: the clause starts. */
    static final String START = "@@rendezvous start ";
    /** Followed by a clause's result as compact JSON. */
    static final String RESULT = "@@rendezvous result ";
    /** Followed by a one-line reason: the kit could not run as asked. */
    static final String ERROR = "@@rendezvous error ";
    /** Followed by a one-line description: the kit itself failed (an internal error). */
    static final String INTERNAL = "@@rendezvous internal ";
    /**
     * Followed by a clause ID: the child asks whether it takes the clause, and waits for the
     * parent's answer on its standard input, {@link #YOURS} or {@link #NOT_YOURS}, one line.
     */
    static final String TAKE = "@@rendezvous take ";
    /** The parent's answer: the child takes the clause and runs it. */
    static final String YOURS = "yours";
    /** The parent's answer: another child took the clause; this one leaves it. */
    static final String NOT_YOURS = "not yours";
    /** A case hung: the implementation's state is unknown; the child stops, the parent starts a fresh one. */
    static final String RESTART = "@@rendezvous restart";
    /** The run is complete. */
    static final String DONE = "@@rendezvous done";

    private Protocol() {}
}
