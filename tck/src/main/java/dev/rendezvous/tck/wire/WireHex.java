package dev.rendezvous.tck.wire;

/** Bytes as the wire writes them: two lower-case hex digits a byte, no separators. */
final class WireHex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private WireHex() {}

    static String of(byte[] b, int offset, int length) {
        char[] out = new char[2 * length];
        for (int i = 0; i < length; i++) {
            int v = b[offset + i] & 0xff;
            out[2 * i] = DIGITS[v >>> 4];
            out[2 * i + 1] = DIGITS[v & 0xf];
        }
        return new String(out);
    }

    /**
     * The bytes of {@code hex}.
     *
     * @throws IllegalArgumentException when it is not an even number of hex digits
     */
    static byte[] bytes(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("an odd number of hex digits");
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(hex.charAt(2 * i), 16);
            int lo = Character.digit(hex.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a hex digit at " + 2 * i);
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
