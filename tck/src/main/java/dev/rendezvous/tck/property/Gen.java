package dev.rendezvous.tck.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator: turns draws from {@link Choices} into a value. Because every value comes from the
 * recorded draws, a value is reproduced by replaying them, and simplified by shrinking them; a
 * generator needs no shrinking logic of its own. Simpler draws (smaller offsets) should give
 * simpler values, which the factories here do.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** How often {@link #filter} draws a new value before it gives the trial up as invalid. */
    int FILTER_ATTEMPTS = 100;

    /** Generates one value from the draws of {@code choices}. */
    T generate(Choices choices);

    /** Integers in {@code [min, max]}, both inclusive; shrinks towards {@code min}. */
    static Gen<Integer> ints(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("Range is empty: min " + min + " > max " + max + ".");
        }
        return c -> c.between(min, max);
    }

    /** Longs in {@code [min, max]}, both inclusive; shrinks towards {@code min}. */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("Range is empty: min " + min + " > max " + max + ".");
        }
        return c -> c.betweenLong(min, max);
    }

    /** {@code false} or {@code true}; shrinks towards {@code false}. */
    static Gen<Boolean> booleans() {
        return Choices::flip;
    }

    /** Always {@code value}; draws nothing. */
    static <T> Gen<T> constant(T value) {
        return c -> value;
    }

    /** One of {@code values}; shrinks towards the first. */
    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        List<T> options = new ArrayList<>();
        for (T value : values) {
            options.add(Objects.requireNonNull(value, "oneOf values must not be null"));
        }
        if (options.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value.");
        }
        return c -> c.pick(options);
    }

    /** A value of one of {@code gens}, chosen first; shrinks towards the first generator. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> options = new ArrayList<>();
        for (Gen<? extends T> gen : gens) {
            options.add(Objects.requireNonNull(gen, "oneOf generators must not be null"));
        }
        if (options.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one generator.");
        }
        return c -> c.pick(options).generate(c);
    }

    /**
     * Lists of {@code minSize} to {@code maxSize} elements of {@code element}.
     *
     * <p>The first {@code minSize} elements are drawn directly; each further element is announced
     * by a continue-flag (drawn with {@link Choices#weighted}, 0 = stop), and the flag together
     * with the element's draws forms one {@linkplain Choices#group group}. This shrinks better than
     * drawing the size first: deleting a group removes exactly that element, wherever it sits,
     * and leaves the rest of the sequence aligned, while a flag of 0 (also what a replay reads past
     * the end of its sequence) ends the list. With the size drawn first, removing an element from
     * the middle would need the size lowered and the element's draws deleted in one step, and
     * lowering the size alone only drops elements from the end.
     *
     * <p>A random source continues with a probability chosen so that a list has about
     * {@code min((maxSize - minSize) / 2, 8)} optional elements on average.
     */
    static <T> Gen<List<T>> listOf(Gen<T> element, int minSize, int maxSize) {
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException(
                    "List sizes must satisfy 0 <= minSize <= maxSize, got " + minSize + " and " + maxSize + ".");
        }
        double averageExtra = Math.min((maxSize - (double) minSize) / 2.0, 8.0);
        int stopWeight = 10;
        int continueWeight = (int) Math.max(1, Math.round(averageExtra * stopWeight));
        return c -> {
            List<T> list = new ArrayList<>();
            for (int i = 0; i < minSize; i++) {
                list.add(element.generate(c));
            }
            Gen<Boolean> nextElement = g -> {
                if (g.weighted(stopWeight, continueWeight) == 0) {
                    return false;
                }
                list.add(element.generate(g));
                return true;
            };
            while (list.size() < maxSize && c.group(nextElement)) {
                // each round adds one element
            }
            return Collections.unmodifiableList(list);
        };
    }

    /** Applies {@code f} to each generated value. */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return c -> f.apply(generate(c));
    }

    /** Generates a value, then generates from the generator that {@code f} makes of it. */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        return c -> f.apply(generate(c)).generate(c);
    }

    /**
     * Only values that satisfy {@code accept}: draws again, up to {@link #FILTER_ATTEMPTS} times
     * in a row, then throws {@link InvalidCase} so the trial counts as invalid. Rejected attempts
     * stay in the choice sequence; shrinking deletes them.
     */
    default Gen<T> filter(Predicate<? super T> accept) {
        return c -> {
            for (int i = 0; i < FILTER_ATTEMPTS; i++) {
                T value = generate(c);
                if (accept.test(value)) {
                    return value;
                }
            }
            throw new InvalidCase("the filter rejected " + FILTER_ATTEMPTS + " values in a row");
        };
    }
}
