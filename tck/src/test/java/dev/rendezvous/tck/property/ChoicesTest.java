package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void replayPastTheEndGivesTheSimplestValueOfEveryDraw() {
        Choices c = Choices.replay(new long[0]);

        assertThat(c.between(5, 9)).isEqualTo(5);
        assertThat(c.betweenLong(-3, 3)).isEqualTo(-3);
        assertThat(c.flip()).isFalse();
        assertThat(c.pick(List.of("first", "second"))).isEqualTo("first");
        assertThat(c.weighted(1, 9)).isZero();
        assertThat(c.recorded()).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void replayReadsOffsetsFromTheMinimumInOrder() {
        Choices c = Choices.replay(new long[] {3, 1, 2, 1});

        assertThat(c.between(10, 20)).isEqualTo(13);
        assertThat(c.flip()).isTrue();
        assertThat(c.betweenLong(-5, 5)).isEqualTo(-3);
        assertThat(c.pick(List.of('a', 'b', 'c'))).isEqualTo('b');
        assertThat(c.between(0, 9)).isZero();
    }

    @Test
    void offsetsBeyondTheRangeAreClampedToTheMaximumAndRecordedAsUsed() {
        Choices c = Choices.replay(new long[] {50, 7, -1L, 99});

        assertThat(c.between(0, 10)).isEqualTo(10);
        assertThat(c.flip()).isTrue();
        assertThat(c.between(100, 103))
                .as("-1 reads as the largest unsigned offset")
                .isEqualTo(103);
        assertThat(c.pick(List.of("x", "y"))).isEqualTo("y");
        assertThat(c.recorded()).containsExactly(10, 1, 3, 1);
    }

    @Test
    void clampingIsMonotoneSoASmallerOffsetNeverGivesALargerValue() {
        int previous = Integer.MIN_VALUE;
        for (long offset = 0; offset < 40; offset++) {
            int value = Choices.replay(new long[] {offset}).between(-7, 12);
            assertThat(value).isBetween(-7, 12).isGreaterThanOrEqualTo(previous);
            previous = value;
        }
    }

    @Test
    void weightedNeverReturnsAnIndexWithWeightZero() {
        assertThat(Choices.replay(new long[] {0}).weighted(0, 2, 0)).isEqualTo(1);
        assertThat(Choices.replay(new long[] {2}).weighted(0, 2, 0)).isEqualTo(1);
        assertThat(Choices.replay(new long[] {9}).weighted(4, 0, 0)).isZero();
        Choices random = Choices.random(3);
        for (int i = 0; i < 200; i++) {
            assertThat(random.weighted(0, 5, 0, 1)).isIn(1, 3);
        }
    }

    @Test
    void theSameSeedGivesTheSameDrawsAndTheRecordReplaysThemExactly() {
        Choices first = Choices.random(42);
        Choices second = Choices.random(42);
        long[] values = new long[6];
        for (int i = 0; i < 2; i++) {
            values[3 * i] = first.between(-1000, 1000);
            values[3 * i + 1] = first.betweenLong(Long.MIN_VALUE, Long.MAX_VALUE);
            values[3 * i + 2] = first.flip() ? 1 : 0;
            assertThat(second.between(-1000, 1000)).isEqualTo(values[3 * i]);
            assertThat(second.betweenLong(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(values[3 * i + 1]);
            assertThat(second.flip() ? 1 : 0).isEqualTo(values[3 * i + 2]);
        }

        Choices replayed = Choices.replay(first.recorded());
        for (int i = 0; i < 2; i++) {
            assertThat(replayed.between(-1000, 1000)).isEqualTo(values[3 * i]);
            assertThat(replayed.betweenLong(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(values[3 * i + 1]);
            assertThat(replayed.flip() ? 1 : 0).isEqualTo(values[3 * i + 2]);
        }
        assertThat(replayed.recorded()).containsExactly(first.recorded());
    }

    @Test
    void randomDrawsStayInTheirRanges() {
        Choices c = Choices.random(7);
        for (int i = 0; i < 500; i++) {
            assertThat(c.between(3, 5)).isBetween(3, 5);
            assertThat(c.betweenLong(Long.MAX_VALUE - 2, Long.MAX_VALUE)).isGreaterThanOrEqualTo(Long.MAX_VALUE - 2);
            assertThat(c.betweenLong(-1, Long.MAX_VALUE)).isGreaterThanOrEqualTo(-1);
        }
    }

    @Test
    void groupsRecordThePositionsOfTheirDraws() {
        Choices c = Choices.replay(new long[] {1, 2, 3, 4});
        c.flip();
        c.group(g -> g.between(0, 9) + g.group(h -> h.between(0, 9)));
        c.between(0, 9);

        assertThat(c.groups()).containsExactly(new ChoiceGroup(1, 3), new ChoiceGroup(2, 3));
    }

    @Test
    void aTrialThatNeverStopsDrawingBecomesInvalid() {
        Choices c = Choices.random(1);
        for (int i = 0; i < Choices.MAX_DRAWS; i++) {
            c.flip();
        }
        assertThatThrownBy(c::flip).isInstanceOf(InvalidCase.class).hasMessageContaining("more than 10000 draws");
    }

    @Test
    void emptyRangesAndOptionsAreRejected() {
        Choices c = Choices.random(1);
        assertThatThrownBy(() -> c.between(2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Range is empty: min 2 > max 1.");
        assertThatThrownBy(() -> c.pick(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.weighted(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.weighted(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
