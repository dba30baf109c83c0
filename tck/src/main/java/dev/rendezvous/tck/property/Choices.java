package dev.rendezvous.tck.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The source of every generated value during one trial, and the record of what it gave.
 *
 * <p>Every draw asks for a value in an inclusive range {@code [min, max]} and is recorded as one
 * {@code long}: the <em>offset</em> {@code value - min}, read as an unsigned number. Offset 0
 * therefore always means "the simplest value" (the minimum of the range, {@code false}, the first
 * option), and a smaller offset means a simpler value. {@link #recorded()} returns the offsets
 * drawn so far; replaying them with {@link #replay(long[])} reproduces the trial exactly.
 *
 * <p>Two kinds of source:
 * <ul>
 *   <li>{@link #random(long)} draws uniformly from a {@link SplittableRandom} with the given seed,
 *       so the same seed always gives the same values;</li>
 *   <li>{@link #replay(long[])} reads the offsets of a sequence in order. Two rules make every
 *       sequence usable, which is what lets the shrinker edit sequences freely:
 *       <ol>
 *         <li>once the sequence is exhausted, every further draw gives the simplest value
 *             (offset 0) — so deleting choices from the end, or from the middle, still yields a
 *             complete trial;</li>
 *         <li>an offset larger than the range allows ({@code max - min}, unsigned) is clamped to
 *             the maximum. Clamping keeps replay monotone: a smaller recorded offset never gives a
 *             larger value. (Taking the offset modulo the span would not: lowering a value could
 *             make it jump to the top of the range.)</li>
 *       </ol>
 *       The offset actually used, after clamping, is what {@link #recorded()} returns.</li>
 * </ul>
 *
 * <p>A trial may draw at most {@link #MAX_DRAWS} values; the draw after that throws
 * {@link InvalidCase}, so a generator that never stops cannot hang a property.
 *
 * <p>One instance belongs to one trial. Its methods are synchronized all the same: a trial whose
 * call into the implementation hangs is given up while its thread is still inside a draw or a
 * {@linkplain #group group}, and what it drew so far is read by another thread.
 */
public final class Choices {

    /** The number of draws one trial may make. */
    public static final int MAX_DRAWS = 10_000;

    /** The end of a group whose generator has not returned yet. */
    private static final int OPEN = -1;

    private final SplittableRandom random;
    private final long[] replayed;
    private long[] drawn = new long[16];
    private long[] spans = new long[16];
    private int size;
    private final List<ChoiceGroup> groups = new ArrayList<>();

    private Choices(SplittableRandom random, long[] replayed) {
        this.random = random;
        this.replayed = replayed;
    }

    /** Draws from a {@link SplittableRandom} seeded with {@code seed}: the same seed, the same draws. */
    public static Choices random(long seed) {
        return new Choices(new SplittableRandom(seed), null);
    }

    /**
     * Draws the offsets of {@code sequence} in order (see the class description for what happens
     * past its end and with offsets out of range). The array is copied.
     */
    public static Choices replay(long[] sequence) {
        return new Choices(null, sequence.clone());
    }

    /** A value in {@code [min, max]}, both inclusive; offset 0 is {@code min}. */
    public int between(int min, int max) {
        requireOrdered(min, max);
        return (int) (min + draw((long) max - min));
    }

    /** A value in {@code [min, max]}, both inclusive; offset 0 is {@code min}. Any range is allowed. */
    public long betweenLong(long min, long max) {
        requireOrdered(min, max);
        return min + draw(max - min);
    }

    /** {@code false} (offset 0, the simpler value) or {@code true} (offset 1). */
    public boolean flip() {
        return draw(1) == 1;
    }

    /** One of {@code options}, by index; the first option is the simplest. */
    public <T> T pick(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Cannot pick from an empty list of options.");
        }
        return options.get(between(0, options.size() - 1));
    }

    /**
     * One of {@code options}, by index, like {@link #pick}; from a random source the option
     * {@code turn} stands for ({@code turn} modulo the number of options), so that successive
     * tries spread evenly over the options. The index is recorded as any draw: a replay gives the
     * recorded option, and the shrinker may lower it.
     */
    public synchronized <T> T pickInTurn(List<T> options, int turn) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Cannot pick from an empty list of options.");
        }
        long span = options.size() - 1L;
        long offset = random != null ? Math.floorMod(turn, options.size()) : clamp(nextReplayed(), span);
        record(offset, span);
        return options.get((int) offset);
    }

    /**
     * An index into {@code weights}, drawn from a random source with probability proportional to
     * its weight; index 0 is the simplest. An index whose weight is 0 is never returned: on replay
     * such an index moves up to the next index with a positive weight, or, if there is none above,
     * down to the last one.
     */
    public synchronized int weighted(int... weights) {
        long total = 0;
        for (int w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("Weights must not be negative: " + Arrays.toString(weights));
            }
            total += w;
        }
        if (total == 0) {
            throw new IllegalArgumentException("At least one weight must be positive: " + Arrays.toString(weights));
        }
        int index;
        if (random != null) {
            long r = random.nextLong(total);
            index = 0;
            while (r >= weights[index]) {
                r -= weights[index];
                index++;
            }
        } else {
            index = (int) clamp(nextReplayed(), weights.length - 1);
            index = nearestPositive(weights, index);
        }
        record(index, weights.length - 1);
        return index;
    }

    /**
     * Generates a value with {@code gen} and remembers the positions of the draws it made as one
     * group. The shrinker tries deleting each group as a whole, which removes one logical part
     * (a list element, a step of a call sequence) wherever it sits; a group should therefore
     * contain everything that deleting it must remove, for instance the flag that announced it.
     */
    public <T> T group(Gen<T> gen) {
        int slot;
        synchronized (this) {
            slot = groups.size();
            groups.add(new ChoiceGroup(size, OPEN));
        }
        try {
            return gen.generate(this);
        } finally {
            synchronized (this) {
                groups.set(slot, new ChoiceGroup(groups.get(slot).start(), size));
            }
        }
    }

    /** The offsets drawn so far, in order; replaying them reproduces the draws exactly. */
    public synchronized long[] recorded() {
        return Arrays.copyOf(drawn, size);
    }

    /**
     * For each draw so far, the largest offset its range allowed ({@code max - min}, unsigned): the
     * kind of the draw, which tells a flag from a number that happens to have the same offset.
     */
    synchronized long[] spans() {
        return Arrays.copyOf(spans, size);
    }

    /**
     * The groups marked so far, in the order they began. A group still open — its trial was given
     * up inside it, its call hung — ends at the last draw so far.
     */
    synchronized List<ChoiceGroup> groups() {
        List<ChoiceGroup> marked = new ArrayList<>(groups.size());
        for (ChoiceGroup g : groups) {
            marked.add(g.end() == OPEN ? new ChoiceGroup(g.start(), size) : g);
        }
        return List.copyOf(marked);
    }

    /** Draws an offset in {@code [0, span]}, span read as unsigned. */
    private synchronized long draw(long span) {
        long offset;
        if (random != null) {
            offset = uniform(span);
        } else {
            offset = clamp(nextReplayed(), span);
        }
        record(offset, span);
        return offset;
    }

    private long uniform(long span) {
        if (span + 1 > 0) {
            return random.nextLong(span + 1);
        }
        long v = random.nextLong();
        while (Long.compareUnsigned(v, span) > 0) {
            v = random.nextLong();
        }
        return v;
    }

    private long nextReplayed() {
        return size < replayed.length ? replayed[size] : 0L;
    }

    private static long clamp(long offset, long span) {
        return Long.compareUnsigned(offset, span) > 0 ? span : offset;
    }

    private static int nearestPositive(int[] weights, int index) {
        for (int i = index; i < weights.length; i++) {
            if (weights[i] > 0) {
                return i;
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no positive weight");
    }

    private synchronized void record(long offset, long span) {
        if (size == MAX_DRAWS) {
            throw new InvalidCase("the trial made more than " + MAX_DRAWS + " draws");
        }
        if (size == drawn.length) {
            drawn = Arrays.copyOf(drawn, Math.min(MAX_DRAWS, size * 2));
            spans = Arrays.copyOf(spans, drawn.length);
        }
        drawn[size] = offset;
        spans[size] = span;
        size++;
    }

    private static void requireOrdered(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("Range is empty: min " + min + " > max " + max + ".");
        }
    }
}
