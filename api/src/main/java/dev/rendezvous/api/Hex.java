package dev.rendezvous.api;

/** Renders bytes as two-digit hex pairs separated by spaces, for messages that show bytes. */
@Stable
public final class Hex {
    private Hex() {}

    /** The first {@code length} bytes of {@code bytes} (at most the array), e.g. {@code 02 00 1f 90}. */
    public static String of(byte[] bytes, int length) {
        if (bytes == null) {
            return "null";
        }
        int n = Math.max(0, Math.min(length, bytes.length));
        StringBuilder s = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        return s.toString();
    }

    /** All of {@code bytes}. */
    public static String of(byte[] bytes) {
        return of(bytes, bytes == null ? 0 : bytes.length);
    }
}
