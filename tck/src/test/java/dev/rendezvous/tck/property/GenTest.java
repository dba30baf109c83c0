package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenTest {

    @Test
    void listsRespectTheirSizeBoundsAndVaryInSize() {
        Gen<List<Integer>> lists = Gen.listOf(Gen.ints(0, 9), 2, 6);
        Set<Integer> sizes = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            List<Integer> list = lists.generate(Choices.random(seed));
            assertThat(list).hasSizeBetween(2, 6).allSatisfy(e -> assertThat(e).isBetween(0, 9));
            sizes.add(list.size());
        }
        assertThat(sizes).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
    }

    @Test
    void aListReplayedPastTheEndIsAsShortAsAllowed() {
        Gen<List<Integer>> lists = Gen.listOf(Gen.ints(5, 9), 2, 6);

        assertThat(lists.generate(Choices.replay(new long[0]))).containsExactly(5, 5);
        assertThat(lists.generate(Choices.replay(new long[] {1, 2, 1, 4, 0})))
                .as("two required elements, then one announced by a continue-flag")
                .containsExactly(6, 7, 9);
    }

    @Test
    void eachOptionalElementIsOneGroupWithItsFlag() {
        Choices c = Choices.replay(new long[] {1, 3, 1, 4, 0});
        assertThat(Gen.listOf(Gen.ints(0, 9), 0, 5).generate(c)).containsExactly(3, 4);
        assertThat(c.groups()).containsExactly(new ChoiceGroup(0, 2), new ChoiceGroup(2, 4), new ChoiceGroup(4, 5));
    }

    @Test
    void oneOfShrinksTowardsTheFirstValueOrGenerator() {
        assertThat(Gen.oneOf("a", "b", "c").generate(Choices.replay(new long[] {0})))
                .isEqualTo("a");
        assertThat(Gen.oneOf("a", "b", "c").generate(Choices.replay(new long[] {2})))
                .isEqualTo("c");
        Gen<Integer> either = Gen.oneOf(Gen.ints(0, 3), Gen.constant(100));
        assertThat(either.generate(Choices.replay(new long[] {0, 2}))).isEqualTo(2);
        assertThat(either.generate(Choices.replay(new long[] {1}))).isEqualTo(100);
    }

    @Test
    void mapAndFlatMapComposeDraws() {
        Gen<String> text = Gen.ints(1, 3)
                .flatMap(n -> Gen.listOf(Gen.oneOf("x", "y"), n, n))
                .map(list -> String.join("", list));

        assertThat(text.generate(Choices.replay(new long[] {2, 1, 0, 1}))).isEqualTo("yxy");
        assertThat(Gen.booleans().map(b -> b ? "on" : "off").generate(Choices.replay(new long[0])))
                .isEqualTo("off");
    }

    @Test
    void filterDrawsAgainAndGivesUpWithAnInvalidCase() {
        Gen<Integer> even = Gen.ints(0, 9).filter(i -> i % 2 == 0);
        assertThat(even.generate(Choices.replay(new long[] {3, 5, 4}))).isEqualTo(4);

        Gen<Integer> never = Gen.ints(0, 9).filter(i -> i > 9);
        assertThatThrownBy(() -> never.generate(Choices.random(1)))
                .isInstanceOf(InvalidCase.class)
                .hasMessage("the filter rejected " + Gen.FILTER_ATTEMPTS + " values in a row");
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> Gen.ints(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.listOf(Gen.ints(0, 1), 3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("List sizes must satisfy 0 <= minSize <= maxSize, got 3 and 2.");
        assertThatThrownBy(() -> Gen.oneOf()).isInstanceOf(IllegalArgumentException.class);
    }
}
