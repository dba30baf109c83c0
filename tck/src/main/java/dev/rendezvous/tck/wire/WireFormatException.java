package dev.rendezvous.tck.wire;

/** A line that is not a message of the wire protocol; the message says what is wrong and where. */
public final class WireFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public WireFormatException(String message) {
        super(message);
    }
}
