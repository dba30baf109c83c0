package dev.rendezvous.api.assertions.error;

/** Where two byte sequences first differ: the one comparison the byte-level messages share. */
final class FirstDifference {
    private FirstDifference() {}

    /**
     * The first offset below {@code count} at which {@code a} and {@code b} differ, or -1 if
     * they agree there. Offsets past either array differ from offsets inside it.
     */
    static int of(byte[] a, byte[] b, int count) {
        for (int i = 0; i < count; i++) {
            if (i >= a.length || i >= b.length || a[i] != b[i]) {
                return i;
            }
        }
        return -1;
    }
}
