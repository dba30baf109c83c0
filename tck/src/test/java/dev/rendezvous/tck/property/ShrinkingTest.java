package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shrinking reaches the known minimum on textbook properties, from several seeds. */
class ShrinkingTest {

    private static final Gen<List<Integer>> LISTS = Gen.listOf(Gen.ints(0, 1000), 0, 20);
    private static final Gen<List<Integer>> SMALL_LISTS = Gen.listOf(Gen.ints(0, 10), 0, 20);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyIntBelow500ShrinksTo500(long seed) {
        Trial trial = c -> {
            int x = c.between(0, 1000);
            return x < 500 ? TrialOutcome.passed() : TrialOutcome.failed(x + " is not < 500");
        };

        Counterexample found = failing(seed, "ints/below-500", trial);

        assertThat(found.failure().message()).isEqualTo("500 is not < 500");
        assertThat(found.shrunkChoices()).containsExactly(500);
        assertThat(found.shrinkComplete()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void listSumBelow100ShrinksToTheSingleElement100(long seed) {
        Trial trial = c -> {
            List<Integer> list = LISTS.generate(c);
            int sum = list.stream().mapToInt(Integer::intValue).sum();
            return sum < 100 ? TrialOutcome.passed() : TrialOutcome.failed("sum of " + list + " is " + sum);
        };

        Counterexample found = failing(seed, "lists/sum", trial);

        assertThat(found.failure().message()).isEqualTo("sum of [100] is 100");
        assertThat(found.shrunkChoices()).containsExactly(1, 100, 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void noEqualNeighboursShrinksToTwoZeros(long seed) {
        Trial trial = c -> {
            List<Integer> list = SMALL_LISTS.generate(c);
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).equals(list.get(i - 1))) {
                    return TrialOutcome.failed("equal neighbours in " + list);
                }
            }
            return TrialOutcome.passed();
        };

        Counterexample found = failing(seed, "lists/neighbours", trial);

        assertThat(found.failure().message()).isEqualTo("equal neighbours in [0, 0]");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void twoValuesWithSumBelow20ShrinkToSum20WithTheFirstAsSmallAsPossible(long seed) {
        Counterexample found = failing(seed, "pairs/sum", SUM_BELOW_20);

        assertThat(found.failure().message()).isEqualTo("0 + 20 is not < 20");
    }

    @Test
    void redistributionMovesTheSumToTheSecondValue() {
        Shrinker.Result result = shrink(SUM_BELOW_20, new long[] {50, 10});

        assertThat(result.smallest().recorded()).containsExactly(0, 20);
        assertThat(result.complete()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void twoFlipsThatDifferShrinkToFalseThenTrue(long seed) {
        Counterexample found = failing(seed, "flips/order", FLIPS_EQUAL);

        assertThat(found.failure().message()).isEqualTo("false then true");
        assertThat(found.shrunkChoices()).containsExactly(0, 1);
    }

    @Test
    void sortingPutsTheTrueFlipLast() {
        Shrinker.Result result = shrink(FLIPS_EQUAL, new long[] {1, 0});

        assertThat(result.smallest().recorded()).containsExactly(0, 1);
        assertThat(result.smallest().outcome()).isEqualTo(TrialOutcome.failed("false then true"));
    }

    @Test
    void deletingGroupsRemovesElementsFromTheMiddleOfAList() {
        Trial noBigElement = c -> {
            List<Integer> list = LISTS.generate(c);
            return list.stream().allMatch(e -> e < 50) ? TrialOutcome.passed() : TrialOutcome.failed("big in " + list);
        };

        Shrinker.Result result = shrink(noBigElement, new long[] {1, 3, 1, 7, 1, 70, 1, 5, 1, 9, 0});

        assertThat(result.smallest().outcome()).isEqualTo(TrialOutcome.failed("big in [50]"));
    }

    @Test
    void onlyFailingCandidatesAreTaken() {
        Trial failsOnlyAboveTen = c -> {
            int x = c.between(0, 100);
            if (x < 5) {
                throw new InvalidCase("too small to say");
            }
            return x > 10 ? TrialOutcome.failed("x = " + x) : TrialOutcome.passed();
        };

        Shrinker.Result result = shrink(failsOnlyAboveTen, new long[] {80});

        assertThat(result.smallest().outcome()).isEqualTo(TrialOutcome.failed("x = 11"));
    }

    @Test
    void shorterSequencesAreSmallerAndOffsetsCompareUnsigned() {
        assertThat(Shortlex.compare(new long[] {9, 9}, new long[] {0, 0, 0})).isNegative();
        assertThat(Shortlex.compare(new long[] {1, 5}, new long[] {2, 0})).isNegative();
        assertThat(Shortlex.compare(new long[] {Long.MAX_VALUE}, new long[] {-1L}))
                .isNegative();
        assertThat(Shortlex.compare(new long[] {3, 4}, new long[] {3, 4})).isZero();
    }

    private static final Trial SUM_BELOW_20 = c -> {
        int x = c.between(0, 100);
        int y = c.between(0, 100);
        return x + y < 20 ? TrialOutcome.passed() : TrialOutcome.failed(x + " + " + y + " is not < 20");
    };

    private static final Trial FLIPS_EQUAL = c -> {
        boolean first = c.flip();
        boolean second = c.flip();
        return first == second ? TrialOutcome.passed() : TrialOutcome.failed(first + " then " + second);
    };

    private static Counterexample failing(long seed, String id, Trial trial) {
        PropertyResult result = new PropertyRunner(PropertyConfig.defaults(seed)).run(id, trial);
        assertThat(result.status()).isEqualTo(PropertyResult.Status.FAILED);
        return result.counterexample().orElseThrow();
    }

    private static Shrinker.Result shrink(Trial trial, long[] failing) {
        TrialRun start = TrialRun.execute(trial, Choices.replay(failing));
        return new Shrinker(trial, start, 10_000, Duration.ofSeconds(10), System::nanoTime).shrink();
    }
}
