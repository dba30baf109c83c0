package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds of the generators: the ranges, the list sizes, and how long a filter keeps trying. */
class GenBoundsTest {

    @Test
    void aRangeOfOneValueIsAllowed() {
        assertThat(Gen.ints(5, 5).generate(Choices.replay(new long[] {3}))).isEqualTo(5);
        assertThat(Gen.longs(-7, -7).generate(Choices.replay(new long[] {3}))).isEqualTo(-7L);
    }

    @Test
    void rangesIncludeBothEnds() {
        assertThat(Gen.ints(-3, 3).generate(Choices.replay(new long[] {0}))).isEqualTo(-3);
        assertThat(Gen.ints(-3, 3).generate(Choices.replay(new long[] {99}))).isEqualTo(3);
        assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).generate(Choices.replay(new long[] {0})))
                .isEqualTo(Long.MIN_VALUE);
        assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).generate(Choices.replay(new long[] {-1L})))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anEmptyRangeIsRejected() {
        assertThatThrownBy(() -> Gen.ints(3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Range is empty: min 3 > max 2.");
        assertThatThrownBy(() -> Gen.longs(3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Range is empty: min 3 > max 2.");
    }

    @Test
    void listSizesMustBeOrderedAndNotNegative() {
        assertThatThrownBy(() -> Gen.listOf(Gen.ints(0, 1), -1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("List sizes must satisfy 0 <= minSize <= maxSize, got -1 and 2.");
        assertThat(Gen.listOf(Gen.ints(0, 1), 0, 0).generate(Choices.replay(new long[] {1, 1})))
                .isEmpty();
    }

    @Test
    void aListOfFixedSizeDrawsNoFlags() {
        Choices c = Choices.replay(new long[] {4, 5, 6, 1, 7});

        assertThat(Gen.listOf(Gen.ints(0, 9), 3, 3).generate(c)).containsExactly(4, 5, 6);
        assertThat(c.recorded()).containsExactly(4, 5, 6);
    }

    @Test
    void aListStopsAtItsMaximumSize() {
        Choices c = Choices.replay(new long[] {1, 4, 1, 5, 1, 6});

        assertThat(Gen.listOf(Gen.ints(0, 9), 0, 2).generate(c)).containsExactly(4, 5);
        assertThat(c.recorded()).containsExactly(1, 4, 1, 5);
    }

    @Test
    void aRandomListHasAboutHalfItsOptionalElementsUpToEight() {
        assertThat(averageSize(Gen.listOf(Gen.constant(0), 0, 100))).isBetween(7.5, 8.5);
        assertThat(averageSize(Gen.listOf(Gen.constant(0), 10, 110))).isBetween(17.5, 18.5);
        assertThat(averageSize(Gen.listOf(Gen.constant(0), 0, 1000))).isBetween(7.5, 8.5);
        assertThat(averageSize(Gen.listOf(Gen.constant(0), 2, 4)))
                .as("one optional element on average without the limit: continuing with probability 1/2")
                .isBetween(2.70, 2.80);
        assertThat(averageSize(Gen.listOf(Gen.constant(0), 0, 1)))
                .as("continuing with probability 1/3 (half an element on average without the limit of one)")
                .isBetween(0.30, 0.37);
    }

    private static double averageSize(Gen<List<Integer>> lists) {
        int total = 0;
        int n = 4000;
        for (long seed = 0; seed < n; seed++) {
            total += lists.generate(Choices.random(seed)).size();
        }
        return total / (double) n;
    }

    @Test
    void aFilterTriesAHundredValuesInARow() {
        Gen<Integer> even = Gen.ints(0, 9).filter(i -> i % 2 == 0);
        long[] ninetyNineOdd = new long[Gen.FILTER_ATTEMPTS];
        Arrays.fill(ninetyNineOdd, 1);
        ninetyNineOdd[Gen.FILTER_ATTEMPTS - 1] = 4;
        long[] aHundredOdd = new long[Gen.FILTER_ATTEMPTS + 1];
        Arrays.fill(aHundredOdd, 1);
        aHundredOdd[Gen.FILTER_ATTEMPTS] = 4;

        assertThat(even.generate(Choices.replay(ninetyNineOdd))).isEqualTo(4);
        assertThatThrownBy(() -> even.generate(Choices.replay(aHundredOdd))).isInstanceOf(InvalidCase.class);
    }

    @Test
    void oneOfRejectsNullsAndNoGenerators() {
        assertThatThrownBy(() -> Gen.oneOf("a", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("oneOf values must not be null");
        assertThatThrownBy(() -> Gen.oneOf(Gen.constant(1), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("oneOf generators must not be null");
        assertThatThrownBy(() -> Gen.<Integer>oneOf(new Gen[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("oneOf needs at least one generator.");
        assertThatThrownBy(() -> Gen.oneOf(new String[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("oneOf needs at least one value.");
    }

    @Test
    void aConstantDrawsNothingAndBooleansShrinkToFalse() {
        Choices c = Choices.replay(new long[] {1});

        assertThat(Gen.constant("x").generate(c)).isEqualTo("x");
        assertThat(c.recorded()).isEmpty();
        assertThat(Gen.booleans().generate(c)).isTrue();
        assertThat(Gen.booleans().generate(c)).isFalse();
    }
}
