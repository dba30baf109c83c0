package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Each pass of the shrinker on its own: what it tries, in which order, and where it gets to.
 * The trials here remember every sequence they were run on, so a test can see the candidates.
 */
class ShrinkerPassesTest {

    /** A trial that draws a fixed number of offsets of the full unsigned range and remembers each run. */
    private static final class Fixed implements Trial {
        private final int width;
        private final Predicate<long[]> fails;
        private final List<List<Long>> seen = new ArrayList<>();

        Fixed(int width, Predicate<long[]> fails) {
            this.width = width;
            this.fails = fails;
        }

        @Override
        public TrialOutcome run(Choices c) {
            for (int i = 0; i < width; i++) {
                c.betweenLong(Long.MIN_VALUE, Long.MAX_VALUE);
            }
            long[] drawn = c.recorded();
            seen.add(Arrays.stream(drawn).boxed().toList());
            return fails.test(drawn) ? TrialOutcome.failed(Arrays.toString(drawn)) : TrialOutcome.passed();
        }
    }

    /** Lists of pairs of digits, each optional element one group with its continue-flag. */
    private static final Gen<List<List<Integer>>> PAIRS = Gen.listOf(Gen.listOf(Gen.ints(0, 9), 2, 2), 0, 20);

    private static final List<Integer> NINES = List.of(9, 9);

    private static Trial onPairs(Predicate<List<List<Integer>>> fails) {
        return c -> {
            List<List<Integer>> list = PAIRS.generate(c);
            return fails.test(list) ? TrialOutcome.failed(list.toString()) : TrialOutcome.passed();
        };
    }

    private static Shrinker shrinker(Trial trial, long... failing) {
        TrialRun start = TrialRun.execute(trial, Choices.replay(failing));
        return new Shrinker(trial, start, 10_000, Duration.ofSeconds(10), System::nanoTime);
    }

    private static long[] afterPass(Trial trial, Consumer<Shrinker> pass, long... failing) {
        Shrinker shrinker = shrinker(trial, failing);
        pass.accept(shrinker);
        return shrinker.smallestSoFar().recorded();
    }

    private static List<List<Long>> candidatesOf(Fixed trial, Consumer<Shrinker> pass, long... failing) {
        Shrinker shrinker = shrinker(trial, failing);
        trial.seen.clear();
        pass.accept(shrinker);
        assertThat(shrinker.smallestSoFar().recorded())
                .as("nothing but the original fails")
                .containsExactly(failing);
        return trial.seen;
    }

    private static Fixed onlyTheOriginalFails(long... original) {
        return new Fixed(original.length, s -> Arrays.equals(s, original));
    }

    private static List<Long> seq(long... s) {
        return Arrays.stream(s).boxed().toList();
    }

    @Test
    void aRoundTriesTheCandidatesOfEveryPass() {
        long[] original = {1, 5, 2, 1, 7, 1, 1, 3, 3, 1, 8, 4, 1, 6, 9, 0};
        List<Consumer<Shrinker>> passes = List.of(
                Shrinker::deleteGroups,
                Shrinker::deleteChunks,
                Shrinker::zeroChunks,
                Shrinker::lowerDuplicates,
                Shrinker::lowerEach,
                Shrinker::sortWindows,
                Shrinker::swapAdjacentGroups,
                Shrinker::redistribute);
        List<List<List<Integer>>> round = new ArrayList<>();
        Trial onlyTheOriginal = recordingOnly(original, round);
        Shrinker.Result result = shrinker(onlyTheOriginal, original).shrink();
        assertThat(result.smallest().recorded()).containsExactly(original);

        for (Consumer<Shrinker> pass : passes) {
            List<List<List<Integer>>> alone = new ArrayList<>();
            Trial trial = recordingOnly(original, alone);
            Shrinker shrinker = shrinker(trial, original);
            alone.clear();
            pass.accept(shrinker);

            assertThat(round).containsAll(alone);
        }
    }

    private static Trial recordingOnly(long[] original, List<List<List<Integer>>> seen) {
        List<List<Integer>> failing = PAIRS.generate(Choices.replay(original));
        return c -> {
            List<List<Integer>> list = PAIRS.generate(c);
            seen.add(list);
            return list.equals(failing) ? TrialOutcome.failed(list.toString()) : TrialOutcome.passed();
        };
    }

    @Test
    void groupsAreDeletedInRunsOfUpToFourNeighbours() {
        Trial multipleOfFourEndingInNines = onPairs(
                l -> !l.isEmpty() && l.size() % 4 == 0 && l.get(l.size() - 1).equals(NINES));

        long[] eight = {1, 1, 1, 1, 2, 2, 1, 3, 3, 1, 4, 4, 1, 5, 5, 1, 6, 6, 1, 7, 7, 1, 9, 9, 0};
        long[] smallest = afterPass(multipleOfFourEndingInNines, Shrinker::deleteGroups, eight);

        assertThat(smallest)
                .as("four neighbours before the last element went at once")
                .containsExactly(1, 1, 1, 1, 2, 2, 1, 3, 3, 1, 9, 9, 0);
    }

    @Test
    void groupsAreDeletedInPairsWhereASingleDeletionPasses() {
        Trial evenWithNines = onPairs(l -> !l.isEmpty() && l.size() % 2 == 0 && l.contains(NINES));

        long[] smallest = afterPass(evenWithNines, Shrinker::deleteGroups, 1, 1, 1, 1, 2, 2, 1, 3, 3, 1, 9, 9, 0);

        assertThat(smallest).containsExactly(1, 1, 1, 1, 9, 9, 0);
    }

    @Test
    void groupsAreDeletedOneByOneFromTheMiddleOfAList() {
        Trial withNines = onPairs(l -> l.contains(NINES));

        long[] smallest = afterPass(withNines, Shrinker::deleteGroups, 1, 1, 1, 1, 9, 9, 1, 2, 2, 0);

        assertThat(smallest).containsExactly(1, 9, 9, 0);
    }

    @Test
    void groupDeletionTriesTheLastGroupsFirst() {
        List<List<Integer>> seen = new ArrayList<>();
        Trial nonEmpty = c -> {
            List<List<Integer>> list = PAIRS.generate(c);
            seen.add(list.stream().map(p -> p.get(0)).toList());
            return list.isEmpty() ? TrialOutcome.passed() : TrialOutcome.failed(list.toString());
        };
        Shrinker shrinker = new Shrinker(
                nonEmpty,
                TrialRun.execute(
                        nonEmpty, Choices.replay(new long[] {1, 1, 1, 1, 2, 2, 1, 3, 3, 1, 4, 4, 1, 5, 5, 1, 6, 6, 0})),
                1,
                Duration.ofSeconds(10),
                System::nanoTime);
        seen.clear();

        shrinker.deleteGroups();

        assertThat(seen)
                .as("the first candidate deletes the last four groups: three elements and the flag that ended the list")
                .containsExactly(List.of(1, 2, 3));
    }

    @Test
    void chunksOfConsecutiveChoicesAreDeletedLargestFirstFromTheEndTowardsTheStart() {
        Fixed trial = onlyTheOriginalFails(1, 2, 3, 4, 5, 6);

        List<List<Long>> candidates = candidatesOf(trial, Shrinker::deleteChunks, 1, 2, 3, 4, 5, 6);

        assertThat(candidates)
                .as("chunks of 4, 3, 2 and 1; a replay past the end draws 0")
                .containsExactly(
                        seq(1, 2, 0, 0, 0, 0),
                        seq(1, 6, 0, 0, 0, 0),
                        seq(5, 6, 0, 0, 0, 0),
                        seq(1, 2, 3, 0, 0, 0),
                        seq(1, 2, 6, 0, 0, 0),
                        seq(1, 5, 6, 0, 0, 0),
                        seq(4, 5, 6, 0, 0, 0),
                        seq(1, 2, 3, 4, 0, 0),
                        seq(1, 2, 3, 6, 0, 0),
                        seq(1, 2, 5, 6, 0, 0),
                        seq(1, 4, 5, 6, 0, 0),
                        seq(3, 4, 5, 6, 0, 0),
                        seq(1, 2, 3, 4, 5, 0),
                        seq(1, 2, 3, 4, 6, 0),
                        seq(1, 2, 3, 5, 6, 0),
                        seq(1, 2, 4, 5, 6, 0),
                        seq(1, 3, 4, 5, 6, 0),
                        seq(2, 3, 4, 5, 6, 0));
    }

    @Test
    void chunksOfEightAreDeletedWhenTheSequenceHoldsThem() {
        Fixed trial = onlyTheOriginalFails(1, 2, 3, 4, 5, 6, 7, 8, 9);

        List<List<Long>> candidates = candidatesOf(trial, Shrinker::deleteChunks, 1, 2, 3, 4, 5, 6, 7, 8, 9);

        assertThat(candidates.subList(0, 3))
                .containsExactly(
                        seq(1, 0, 0, 0, 0, 0, 0, 0, 0), seq(9, 0, 0, 0, 0, 0, 0, 0, 0), seq(1, 2, 3, 4, 5, 0, 0, 0, 0));
    }

    @Test
    void chunkDeletionAloneReachesTheShortestFailingSequence() {
        Trial containsSeven = c -> {
            List<Integer> values = new ArrayList<>();
            for (int v = c.between(0, 100); v != 0; v = c.between(0, 100)) {
                values.add(v);
            }
            return values.contains(7) ? TrialOutcome.failed(values.toString()) : TrialOutcome.passed();
        };

        long[] smallest = afterPass(containsSeven, Shrinker::deleteChunks, 1, 2, 7, 3, 4, 0);

        assertThat(smallest).containsExactly(7, 0);
    }

    @Test
    void chunksOfEightFourAndTwoAreSetToZeroFromTheStart() {
        long[] original = {1, 2, 3, 4, 5, 6, 7, 8};
        Fixed trial = onlyTheOriginalFails(original);

        List<List<Long>> candidates = candidatesOf(trial, Shrinker::zeroChunks, original);

        assertThat(candidates)
                .containsExactly(
                        seq(0, 0, 0, 0, 0, 0, 0, 0),
                        seq(0, 0, 0, 0, 5, 6, 7, 8),
                        seq(1, 0, 0, 0, 0, 6, 7, 8),
                        seq(1, 2, 0, 0, 0, 0, 7, 8),
                        seq(1, 2, 3, 0, 0, 0, 0, 8),
                        seq(1, 2, 3, 4, 0, 0, 0, 0),
                        seq(0, 0, 3, 4, 5, 6, 7, 8),
                        seq(1, 0, 0, 4, 5, 6, 7, 8),
                        seq(1, 2, 0, 0, 5, 6, 7, 8),
                        seq(1, 2, 3, 0, 0, 6, 7, 8),
                        seq(1, 2, 3, 4, 0, 0, 7, 8),
                        seq(1, 2, 3, 4, 5, 0, 0, 8),
                        seq(1, 2, 3, 4, 5, 6, 0, 0));
    }

    @Test
    void zeroingKeepsPairsThatMustStayEqual() {
        Fixed pairsEqual = new Fixed(4, s -> s[0] == s[1] && s[2] == s[3] && s[2] != 0);

        assertThat(afterPass(pairsEqual, Shrinker::zeroChunks, 5, 5, 7, 7)).containsExactly(0, 0, 7, 7);
    }

    @Test
    void repeatedValuesOfTheSameRangeAreLoweredTogether() {
        Trial equalAndAtLeastTen = c -> {
            int x = c.between(0, 1000);
            int y = c.between(0, 1000);
            int z = c.between(0, 1000);
            return x == y && y == z && x >= 10 ? TrialOutcome.failed(x + " thrice") : TrialOutcome.passed();
        };

        assertThat(afterPass(equalAndAtLeastTen, Shrinker::lowerDuplicates, 500, 500, 500))
                .containsExactly(10, 10, 10);
        assertThat(afterPass(equalAndAtLeastTen, Shrinker::lowerEach, 500, 500, 500))
                .as("lowering one copy alone breaks the equality")
                .containsExactly(500, 500, 500);
    }

    @Test
    void equalOffsetsOfDifferentRangesAreNotLoweredTogether() {
        Trial equalAndAtLeastTen = c -> {
            int x = c.between(0, 1000);
            int y = c.between(0, 2000);
            return x == y && x >= 10 ? TrialOutcome.failed(x + " twice") : TrialOutcome.passed();
        };

        assertThat(afterPass(equalAndAtLeastTen, Shrinker::lowerDuplicates, 500, 500))
                .containsExactly(500, 500);
    }

    @Test
    void eachChoiceIsLoweredToTheSmallestValueThatStillFails() {
        Fixed secondAtLeast37 = new Fixed(3, s -> s[1] >= 37);

        assertThat(afterPass(secondAtLeast37, Shrinker::lowerEach, 5, 100, 7)).containsExactly(0, 37, 0);
    }

    @Test
    void loweringBisectsOverTheWholeUnsignedRange() {
        long threshold = Long.MIN_VALUE + 5;
        Fixed atLeastThreshold = new Fixed(1, s -> Long.compareUnsigned(s[0], threshold) >= 0);

        Shrinker shrinker = shrinker(atLeastThreshold, -1L);
        shrinker.lowerEach();

        assertThat(shrinker.smallestSoFar().recorded()).containsExactly(threshold);
        assertThat(atLeastThreshold.seen)
                .as("0, then one run per bit: bisection")
                .hasSizeLessThanOrEqualTo(1 + 1 + 64);
    }

    @Test
    void loweringTriesZeroFirst() {
        Fixed trial = new Fixed(1, s -> true);
        Shrinker shrinker = shrinker(trial, 1000);
        trial.seen.clear();

        shrinker.lowerEach();

        assertThat(trial.seen).containsExactly(seq(0));
        assertThat(shrinker.smallestSoFar().recorded()).containsExactly(0);
    }

    @Test
    void windowsOfTwoAndThreeNeighboursAreSortedAscending() {
        Fixed permutationOfOneTwoThree = new Fixed(3, s -> {
            long[] sorted = s.clone();
            Arrays.sort(sorted);
            return Arrays.equals(sorted, new long[] {1, 2, 3});
        });

        assertThat(afterPass(permutationOfOneTwoThree, Shrinker::sortWindows, 2, 3, 1))
                .containsExactly(1, 2, 3);
        assertThat(afterPass(permutationOfOneTwoThree, Shrinker::sortWindows, 3, 2, 1))
                .containsExactly(1, 2, 3);
    }

    @Test
    void windowsOfTwoAreSortedWhereSortingThreeWouldPass() {
        Fixed permutationEndingInOne = new Fixed(3, s -> {
            long[] sorted = s.clone();
            Arrays.sort(sorted);
            return Arrays.equals(sorted, new long[] {1, 2, 3}) && s[2] == 1;
        });

        assertThat(afterPass(permutationEndingInOne, Shrinker::sortWindows, 3, 2, 1))
                .containsExactly(2, 3, 1);
    }

    @Test
    void sortingComparesOffsetsAsUnsigned() {
        Fixed anyOrder = new Fixed(2, s -> true);

        assertThat(afterPass(anyOrder, Shrinker::sortWindows, -1L, 5)).containsExactly(5, -1L);
    }

    @Test
    void adjacentGroupsAreSwappedSoThatTheSimplerComesFirst() {
        Trial threeAndNine = c -> {
            List<Integer> list = Gen.listOf(Gen.ints(0, 9), 0, 5).generate(c);
            return list.contains(3) && list.contains(9) ? TrialOutcome.failed(list.toString()) : TrialOutcome.passed();
        };

        assertThat(afterPass(threeAndNine, Shrinker::swapAdjacentGroups, 1, 9, 1, 3, 0))
                .containsExactly(1, 3, 1, 9, 0);
    }

    @Test
    void aSwapThatWouldMakeTheSequenceLargerIsNotTried() {
        List<List<Integer>> seen = new ArrayList<>();
        Trial threeAndNine = c -> {
            List<Integer> list = Gen.listOf(Gen.ints(0, 9), 0, 2).generate(c);
            seen.add(list);
            return list.contains(3) && list.contains(9) ? TrialOutcome.failed(list.toString()) : TrialOutcome.passed();
        };
        Shrinker shrinker = shrinker(threeAndNine, 1, 3, 1, 9);
        seen.clear();

        shrinker.swapAdjacentGroups();

        assertThat(seen).isEmpty();
    }

    @Test
    void redistributionMovesAllOfAValueOntoANeighbourWhereThatStillFails() {
        Trial sumAtLeast20 = c -> {
            int x = c.between(0, 100);
            int y = c.between(0, 1000);
            return x + y >= 20 ? TrialOutcome.failed(x + " + " + y) : TrialOutcome.passed();
        };

        assertThat(afterPass(sumAtLeast20, Shrinker::redistribute, 50, 10)).containsExactly(0, 60);
    }

    @Test
    void redistributionMovesAsMuchAsStillFails() {
        Trial sumAtLeast20WithSecondAtMost30 = c -> {
            int x = c.between(0, 100);
            int y = c.between(0, 100);
            return x + y >= 20 && y <= 30 ? TrialOutcome.failed(x + " + " + y) : TrialOutcome.passed();
        };

        assertThat(afterPass(sumAtLeast20WithSecondAtMost30, Shrinker::redistribute, 50, 10))
                .containsExactly(30, 30);
    }

    @Test
    void redistributionReachesPastThreeChoicesOnlyToDrawsOfTheSameRange() {
        Trial sumOfOuterAtLeast20 = c -> {
            int x = c.between(0, 100);
            boolean middleSet = c.between(0, 5) + c.between(0, 5) + c.between(0, 5) > 0;
            int y = c.between(0, 100);
            return x + y >= 20 && !middleSet ? TrialOutcome.failed(x + " + " + y) : TrialOutcome.passed();
        };
        Trial sumOfOuterOfDifferentRangesAtLeast20 = c -> {
            int x = c.between(0, 100);
            boolean middleSet = c.between(0, 5) + c.between(0, 5) + c.between(0, 5) > 0;
            int y = c.between(0, 1000);
            return x + y >= 20 && !middleSet ? TrialOutcome.failed(x + " + " + y) : TrialOutcome.passed();
        };

        assertThat(afterPass(sumOfOuterAtLeast20, Shrinker::redistribute, 50, 0, 0, 0, 10))
                .containsExactly(0, 0, 0, 0, 60);
        assertThat(afterPass(sumOfOuterOfDifferentRangesAtLeast20, Shrinker::redistribute, 50, 0, 0, 0, 10))
                .containsExactly(50, 0, 0, 0, 10);
    }
}
