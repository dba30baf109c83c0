package dev.rendezvous.tck.check;

/** This environment cannot provoke what the property needs; the clause is NOT_VERIFIED with the reason. */
public final class NotVerifiedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotVerifiedException(String reason) {
        super(reason);
    }
}
