package dev.rendezvous.tck.check;

/**
 * A call into the implementation ended in something other than a value or an
 * {@link dev.rendezvous.api.ErrnoException}: the contract allows only errno failures.
 */
public final class ImplementationFault extends Violation {
    private static final long serialVersionUID = 1L;

    public ImplementationFault(String call, Throwable thrown) {
        super(
                "the call " + call + " threw " + thrown.getClass().getName()
                        + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage())
                        + "; the contract allows only a value or an errno",
                thrown);
    }
}
