package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random draws cover their whole range, with the given weights; the edits keep their bounds. */
class RandomDrawsTest {

    @Test
    void drawsOfTheFullLongRangeSpreadOverIt() {
        Choices c = Choices.random(11);
        Set<Long> seen = new HashSet<>();
        int negative = 0;
        for (int i = 0; i < 200; i++) {
            long v = c.betweenLong(Long.MIN_VALUE, Long.MAX_VALUE);
            seen.add(v);
            negative += v < 0 ? 1 : 0;
        }

        assertThat(seen).hasSize(200);
        assertThat(negative).isBetween(60, 140);
    }

    @Test
    void anEmptyLongRangeIsRejected() {
        assertThatThrownBy(() -> Choices.random(1).betweenLong(3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Range is empty: min 3 > max 2.");
    }

    @Test
    void weightedDrawsFollowTheirWeights() {
        Choices c = Choices.random(5);
        int[] counts = new int[3];
        for (int i = 0; i < 4000; i++) {
            counts[c.weighted(1, 0, 3)]++;
        }

        assertThat(counts[1]).isZero();
        assertThat(counts[0]).isBetween(880, 1120);
        assertThat(counts[2]).isBetween(2880, 3120);
    }

    @Test
    void eachTryDrawsFromItsOwnSplitMix64Seed() {
        for (long seed : new long[] {0, 1, -7, Long.MAX_VALUE}) {
            SplittableRandom splitMix = new SplittableRandom(seed);
            for (int tryIndex = 0; tryIndex < 5; tryIndex++) {
                assertThat(PropertyRunner.trySeed(seed, tryIndex)).isEqualTo(splitMix.nextLong());
            }
        }
    }

    @Test
    void tryIDrawsFromTheRandomSourceOfItsSeed() {
        long seed = 99;
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            expected.add(Choices.random(PropertyRunner.trySeed(seed, i)).betweenLong(0, Long.MAX_VALUE));
        }
        Set<Long> drawn = new HashSet<>();
        Trial failsOnTheThirdTry = c -> {
            drawn.add(c.betweenLong(0, Long.MAX_VALUE));
            return drawn.size() == 3 ? TrialOutcome.failed("third") : TrialOutcome.passed();
        };

        PropertyResult result = new PropertyRunner(
                        PropertyConfig.defaults(seed).withShrinkBudget(0, java.time.Duration.ZERO))
                .run("tries/third", failsOnTheThirdTry);

        assertThat(drawn).isEqualTo(expected);
        assertThat(result.status()).isEqualTo(PropertyResult.Status.FAILED);
        assertThat(result.casesRun()).as("the failing case counts").isEqualTo(3);
    }

    @Test
    void movingNothingChangesNothing() {
        assertThat(ChoiceEdits.moved(new long[] {4, 9}, 0, 1, 0)).containsExactly(4, 9);
    }

    @Test
    void sortingAWindowLeavesWhatIsBeforeItAlone() {
        long[] s = {7, 9, 5};
        ChoiceEdits.sortUnsigned(s, 1, 3);

        assertThat(s).containsExactly(7, 5, 9);
    }
}
