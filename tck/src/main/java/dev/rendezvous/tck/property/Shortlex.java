package dev.rendezvous.tck.property;

/**
 * The order in which choice sequences count as simpler: a shorter sequence is smaller; of two
 * sequences of the same length, the one with the smaller offset at the first difference is
 * smaller. Offsets compare as unsigned numbers, as {@link Choices} records them.
 */
final class Shortlex {
    private Shortlex() {}

    /** Negative, zero or positive as {@code a} is smaller than, equal to or larger than {@code b}. */
    static int compare(long[] a, long[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        for (int i = 0; i < a.length; i++) {
            int c = Long.compareUnsigned(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
