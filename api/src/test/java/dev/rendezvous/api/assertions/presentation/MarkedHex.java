package dev.rendezvous.api.assertions.presentation;

/**
 * Renders bytes as two-digit hex pairs, like {@link dev.rendezvous.api.Hex}, with one byte put
 * in brackets and a bar at a boundary, so that a message can point at the byte that matters:
 * {@code 02 00 | 00 [50] a5}.
 */
public final class MarkedHex {
    /** Pass as a mark or boundary to leave it out. */
    public static final int NONE = -1;

    private MarkedHex() {}

    /**
     * The bytes with a bar before the byte at {@code boundary} (after the last byte if it
     * equals the length) and brackets around the byte at {@code mark}; either may be
     * {@link #NONE}.
     */
    public static String of(byte[] bytes, int boundary, int mark) {
        if (bytes == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(bytes.length * 3 + 8);
        for (int i = 0; i < bytes.length; i++) {
            if (i == boundary) {
                s.append("| ");
            }
            String pair = pair(bytes[i]);
            s.append(i == mark ? "[" + pair + "]" : pair).append(' ');
        }
        if (boundary == bytes.length) {
            s.append('|');
        }
        return s.toString().strip();
    }

    /** The bytes with brackets around the byte at {@code mark}. */
    public static String marking(byte[] bytes, int mark) {
        return of(bytes, NONE, mark);
    }

    /** One byte as two hex digits, e.g. {@code a5}. */
    public static String pair(byte b) {
        return "" + Character.forDigit((b >> 4) & 0xF, 16) + Character.forDigit(b & 0xF, 16);
    }
}
