package dev.rendezvous.tck.property;

/** The edits the {@link Shrinker} makes to choice sequences; each returns a new array unless it says otherwise. */
final class ChoiceEdits {
    private ChoiceEdits() {}

    /** {@code s} without the part {@code [from, to)}. */
    static long[] without(long[] s, int from, int to) {
        long[] out = new long[s.length - (to - from)];
        System.arraycopy(s, 0, out, 0, from);
        System.arraycopy(s, to, out, from, s.length - to);
        return out;
    }

    /** {@code s} with the parts {@code [start, middle)} and {@code [middle, end)} swapped. */
    static long[] swapped(long[] s, int start, int middle, int end) {
        long[] out = s.clone();
        System.arraycopy(s, middle, out, start, end - middle);
        System.arraycopy(s, start, out, start + end - middle, middle - start);
        return out;
    }

    /** {@code s} with {@code value} at each of {@code positions}. */
    static long[] withAll(long[] s, int[] positions, long value) {
        long[] out = s.clone();
        for (int p : positions) {
            out[p] = value;
        }
        return out;
    }

    /**
     * {@code s} with {@code amount} taken from position {@code from} and added to position
     * {@code to}, which saturates at the largest unsigned value instead of wrapping.
     */
    static long[] moved(long[] s, int from, int to, long amount) {
        long[] out = s.clone();
        out[from] = s[from] - amount;
        long raised = s[to] + amount;
        out[to] = Long.compareUnsigned(raised, s[to]) < 0 ? -1L : raised;
        return out;
    }

    /** Sorts {@code s[from, to)} ascending as unsigned numbers, in place. */
    static void sortUnsigned(long[] s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && Long.compareUnsigned(s[j - 1], s[j]) > 0; j--) {
                long t = s[j];
                s[j] = s[j - 1];
                s[j - 1] = t;
            }
        }
    }
}
