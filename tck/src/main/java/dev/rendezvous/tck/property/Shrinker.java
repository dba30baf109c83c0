package dev.rendezvous.tck.property;

import java.nio.LongBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;

/**
 * Shrinks the choice sequence of a failing trial to a {@linkplain Shortlex shortlex}-smaller one
 * that still fails.
 *
 * <p>Rounds of passes run until a round finds nothing smaller (a fixpoint) or the budget — a
 * number of trial runs and a wall time — is used up. The passes, in order:
 * <ol>
 *   <li>delete {@linkplain Choices#group groups} (list elements, steps of a call sequence): runs
 *       of 4, 3, 2 and 1 adjacent groups, last first — deleting neighbours together removes
 *       steps that only make sense as a pair, such as an open and its close;</li>
 *   <li>delete chunks of 8, 4, 3, 2 and 1 consecutive choices, from the end towards the start;</li>
 *   <li>set chunks of 8, 4 and 2 consecutive choices to 0;</li>
 *   <li>lower all copies of a repeated value among draws of the same range together (bisection
 *       towards 0), so that properties about equal values keep failing while the values shrink;</li>
 *   <li>lower each choice on its own (bisection towards 0), first to last;</li>
 *   <li>sort windows of 2 and 3 neighbouring choices ascending;</li>
 *   <li>swap two adjacent groups where that makes the sequence smaller, so that the simpler of
 *       two steps comes first;</li>
 *   <li>redistribute: move as much as possible of one choice onto a later one (lower one, raise
 *       the other) — one of the next three, or one of the next three further on drawn from the
 *       same range — so that a sum, or which element holds a value, can move to the later part.</li>
 * </ol>
 * Every candidate is replayed; it is taken only if the replay fails and what it actually drew is
 * shortlex-smaller than the best so far. Invalid, passing and not-verified replays are rejected,
 * and a candidate already tried is not run again. Each taken candidate is strictly smaller, so
 * shrinking also ends without a budget. Each pass counts the candidates it ran and those it took
 * ({@link ShrinkPass}), so that a slow shrink shows where its runs went.
 */
final class Shrinker {
    private static final int MAX_ADJACENT_GROUPS = 4;
    private static final int[] DELETE_SIZES = {8, 4, 3, 2, 1};
    private static final int[] ZERO_SIZES = {8, 4, 2};
    private static final int[] SORT_WINDOWS = {2, 3};
    private static final int REDISTRIBUTE_REACH = 3;

    /** The passes, in the order each round runs them; their names are those of {@link ShrinkPass}. */
    enum Pass {
        DELETE_GROUPS,
        DELETE_CHUNKS,
        ZERO_CHUNKS,
        LOWER_DUPLICATES,
        LOWER_EACH,
        SORT_WINDOWS,
        SWAP_ADJACENT_GROUPS,
        REDISTRIBUTE;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * What shrinking found: the smallest failing run, the runs it took, whether it is complete (its
     * last round found nothing smaller with budget to spare, so every candidate of that round was
     * tried), and what each pass did, in pass order.
     */
    record Result(TrialRun smallest, int runs, boolean complete, List<ShrinkPass> passes) {}

    private final Trial trial;
    private final int maxRuns;
    private final long budgetNanos;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final Set<LongBuffer> tried = new HashSet<>();
    private TrialRun best;
    private int runs;
    private Pass pass = Pass.DELETE_GROUPS;
    private final int[] passRuns = new int[Pass.values().length];
    private final int[] passShrinks = new int[Pass.values().length];

    Shrinker(Trial trial, TrialRun failing, int maxRuns, Duration budget, LongSupplier nanoClock) {
        if (!failing.failed()) {
            throw new IllegalArgumentException("Only a failing run can be shrunk.");
        }
        this.trial = trial;
        this.best = failing;
        this.maxRuns = maxRuns;
        this.budgetNanos = saturatedNanos(budget);
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    Result shrink() {
        boolean improved = best.recorded().length > 0;
        while (improved && !exhausted()) {
            long[] before = best.recorded();
            deleteGroups();
            deleteChunks();
            zeroChunks();
            lowerDuplicates();
            lowerEach();
            sortWindows();
            swapAdjacentGroups();
            redistribute();
            improved = Shortlex.compare(best.recorded(), before) < 0;
        }
        return new Result(best, runs, !improved && !exhausted(), passes());
    }

    /** What each pass did so far, in pass order (the passes also run one by one, each on its own). */
    List<ShrinkPass> passes() {
        List<ShrinkPass> out = new ArrayList<>();
        for (Pass p : Pass.values()) {
            out.add(new ShrinkPass(p.label(), passRuns[p.ordinal()], passShrinks[p.ordinal()]));
        }
        return List.copyOf(out);
    }

    void deleteGroups() {
        pass = Pass.DELETE_GROUPS;
        for (int count = MAX_ADJACENT_GROUPS; count >= 1; count--) {
            for (int i = best.groups().size() - 1; i >= 0 && !exhausted(); i--) {
                List<ChoiceGroup> groups = best.groups();
                if (i < groups.size()) {
                    int start = groups.get(i).start();
                    int end = endOfAdjacent(groups, i, count);
                    if (end > start && end <= current().length) {
                        tryCandidate(ChoiceEdits.without(current(), start, end));
                    }
                }
            }
        }
    }

    /**
     * Where {@code count} adjacent groups, the first being {@code groups[first]} and each next one
     * starting where the one before ends, end; -1 if there are not that many.
     */
    private static int endOfAdjacent(List<ChoiceGroup> groups, int first, int count) {
        int end = groups.get(first).end();
        int found = 1;
        for (int j = first + 1; j < groups.size() && found < count; j++) {
            if (groups.get(j).start() == end && groups.get(j).end() > end) {
                end = groups.get(j).end();
                found++;
            }
        }
        return found == count ? end : -1;
    }

    void deleteChunks() {
        pass = Pass.DELETE_CHUNKS;
        for (int size : DELETE_SIZES) {
            for (int i = current().length - size; i >= 0 && !exhausted(); i--) {
                if (i + size <= current().length) {
                    tryCandidate(ChoiceEdits.without(current(), i, i + size));
                }
            }
        }
    }

    void zeroChunks() {
        pass = Pass.ZERO_CHUNKS;
        for (int size : ZERO_SIZES) {
            for (int i = 0; i + size <= current().length && !exhausted(); i++) {
                long[] candidate = current().clone();
                Arrays.fill(candidate, i, i + size, 0L);
                if (!Arrays.equals(candidate, current())) {
                    tryCandidate(candidate);
                }
            }
        }
    }

    void lowerDuplicates() {
        pass = Pass.LOWER_DUPLICATES;
        for (int[] positions : repeatedValues(best)) {
            long[] base = current().clone();
            if (!exhausted() && positions[positions.length - 1] < base.length && sameValue(base, positions)) {
                lower(base[positions[0]], v -> tryCandidate(ChoiceEdits.withAll(base, positions, v)));
            }
        }
    }

    void lowerEach() {
        pass = Pass.LOWER_EACH;
        for (int i = 0; i < current().length && !exhausted(); i++) {
            long[] base = current().clone();
            int at = i;
            if (base[at] != 0) {
                lower(base[at], v -> tryCandidate(ChoiceEdits.withAll(base, new int[] {at}, v)));
            }
        }
    }

    void sortWindows() {
        pass = Pass.SORT_WINDOWS;
        for (int size : SORT_WINDOWS) {
            for (int i = 0; i + size <= current().length && !exhausted(); i++) {
                long[] candidate = current().clone();
                ChoiceEdits.sortUnsigned(candidate, i, i + size);
                if (!Arrays.equals(candidate, current())) {
                    tryCandidate(candidate);
                }
            }
        }
    }

    void swapAdjacentGroups() {
        pass = Pass.SWAP_ADJACENT_GROUPS;
        for (int i = 0; i < best.groups().size() && !exhausted(); i++) {
            List<ChoiceGroup> groups = best.groups();
            int end = i < groups.size() ? endOfAdjacent(groups, i, 2) : -1;
            if (end > 0 && end <= current().length) {
                long[] candidate = ChoiceEdits.swapped(
                        current(), groups.get(i).start(), groups.get(i).end(), end);
                if (Shortlex.compare(candidate, current()) < 0) {
                    tryCandidate(candidate);
                }
            }
        }
    }

    void redistribute() {
        pass = Pass.REDISTRIBUTE;
        for (int i = 0; i < current().length && !exhausted(); i++) {
            for (int to : redistributionTargets(best, i)) {
                long[] base = current().clone();
                if (i >= base.length || base[i] == 0 || to >= base.length || exhausted()) {
                    break;
                }
                int from = i;
                raise(base[from], amount -> tryCandidate(ChoiceEdits.moved(base, from, to, amount)));
            }
        }
    }

    /**
     * The positions choice {@code i} may move onto: the next {@value #REDISTRIBUTE_REACH}, and the
     * next {@value #REDISTRIBUTE_REACH} further on that were drawn from the same range (the same
     * list's elements, the same argument of later steps).
     */
    private static List<Integer> redistributionTargets(TrialRun run, int i) {
        long[] spans = run.spans();
        List<Integer> targets = new ArrayList<>();
        int sameKind = 0;
        for (int j = i + 1; j < spans.length && sameKind < REDISTRIBUTE_REACH; j++) {
            if (j <= i + REDISTRIBUTE_REACH) {
                targets.add(j);
            } else if (spans[j] == spans[i]) {
                targets.add(j);
                sameKind++;
            }
        }
        return targets;
    }

    /** Lowers a value that currently fails: tries 0, then bisects, assuming failure is monotone in it. */
    private void lower(long currentValue, LongPredicate taken) {
        if (!taken.test(0)) {
            bisect(currentValue, 0, taken);
        }
    }

    /** Finds a large amount in {@code (0, limit]} that is taken: tries all of it, then bisects. */
    private void raise(long limit, LongPredicate taken) {
        if (!taken.test(limit)) {
            bisect(0, limit, taken);
        }
    }

    /**
     * Narrows the gap between a value that counts as taken and one that does not (either may be
     * the larger, both unsigned) until they are neighbours, testing the midpoint each time.
     */
    private void bisect(long taken, long notTaken, LongPredicate test) {
        while (Long.compareUnsigned(distance(taken, notTaken), 1) > 0 && !exhausted()) {
            long low = Long.compareUnsigned(taken, notTaken) < 0 ? taken : notTaken;
            long mid = low + (distance(taken, notTaken) >>> 1);
            if (test.test(mid)) {
                taken = mid;
            } else {
                notTaken = mid;
            }
        }
    }

    private static long distance(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a - b : b - a;
    }

    /** The smallest failing run found so far (the passes also run one by one, each on its own). */
    TrialRun smallestSoFar() {
        return best;
    }

    private boolean tryCandidate(long[] candidate) {
        if (exhausted()) {
            return false;
        }
        if (Arrays.equals(candidate, current()) || !tried.add(LongBuffer.wrap(candidate))) {
            return false;
        }
        runs++;
        passRuns[pass.ordinal()]++;
        TrialRun run = TrialRun.execute(trial, Choices.replay(candidate));
        if (run.failed() && Shortlex.compare(run.recorded(), current()) < 0) {
            best = run;
            passShrinks[pass.ordinal()]++;
            return true;
        }
        return false;
    }

    private boolean exhausted() {
        return runs >= maxRuns || nanoClock.getAsLong() - startNanos >= budgetNanos;
    }

    private long[] current() {
        return best.recorded();
    }

    /**
     * The positions of each non-zero value that occurs more than once among draws of the same kind
     * (the same span), so that, say, two equal list elements are lowered together but the list's
     * continue-flags are not lowered with them.
     */
    private static List<int[]> repeatedValues(TrialRun run) {
        long[] s = run.recorded();
        long[] spans = run.spans();
        Map<List<Long>, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < s.length; i++) {
            if (s[i] != 0) {
                positions
                        .computeIfAbsent(List.of(s[i], spans[i]), k -> new ArrayList<>())
                        .add(i);
            }
        }
        List<int[]> repeated = new ArrayList<>();
        for (List<Integer> p : positions.values()) {
            if (p.size() > 1) {
                repeated.add(p.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return repeated;
    }

    private static boolean sameValue(long[] s, int[] positions) {
        for (int p : positions) {
            if (s[p] != s[positions[0]]) {
                return false;
            }
        }
        return true;
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
