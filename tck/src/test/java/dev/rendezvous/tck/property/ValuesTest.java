package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value types of the engine: equal by content, and readable. */
class ValuesTest {

    private static final TrialOutcome.Failed FAILURE = TrialOutcome.failed("x = 3", null, List.of("bind(3) = 0"));
    private static final ReplayToken TOKEN = new ReplayToken("a/b", 7, new long[] {3, 0});

    @Test
    void tokensAreEqualByIdSeedAndChoices() {
        assertThat(TOKEN)
                .isEqualTo(new ReplayToken("a/b", 7, new long[] {3, 0}))
                .hasSameHashCodeAs(new ReplayToken("a/b", 7, new long[] {3, 0}))
                .isNotEqualTo(new ReplayToken("a/c", 7, new long[] {3, 0}))
                .isNotEqualTo(new ReplayToken("a/b", 8, new long[] {3, 0}))
                .isNotEqualTo(new ReplayToken("a/b", 7, new long[] {3, 1}))
                .isNotEqualTo("a/b");
    }

    @Test
    void aTokenOfAnythingButTheVersionSaysHowItStarts() {
        assertThatThrownBy(() -> ReplayToken.parse("abcdefgh"))
                .hasMessage("The replay token must start with 'rv1:', but it starts with 'abcdefgh'.");
        assertThatThrownBy(() -> ReplayToken.parse("abcdefghi"))
                .hasMessage("The replay token must start with 'rv1:', but it starts with 'abcdefgh...'.");
    }

    @Test
    void counterexamplesAreEqualByContent() {
        Counterexample one = new Counterexample(FAILURE, new long[] {9, 9}, 12, true, TOKEN);

        assertThat(one)
                .isEqualTo(new Counterexample(FAILURE, new long[] {9, 9}, 12, true, TOKEN))
                .hasSameHashCodeAs(new Counterexample(FAILURE, new long[] {9, 9}, 12, true, TOKEN))
                .isNotEqualTo(new Counterexample(TrialOutcome.failed("other"), new long[] {9, 9}, 12, true, TOKEN))
                .isNotEqualTo(new Counterexample(FAILURE, new long[] {9, 8}, 12, true, TOKEN))
                .isNotEqualTo(new Counterexample(FAILURE, new long[] {9, 9}, 13, true, TOKEN))
                .isNotEqualTo(new Counterexample(FAILURE, new long[] {9, 9}, 12, false, TOKEN))
                .isNotEqualTo(new Counterexample(
                        FAILURE, new long[] {9, 9}, 12, true, new ReplayToken("a/b", 7, new long[] {3})))
                .isNotEqualTo(TOKEN);
    }

    @Test
    void aCounterexampleSaysWhatFailedAndHowItWasShrunk() {
        assertThat(new Counterexample(FAILURE, new long[] {9}, 12, true, TOKEN))
                .hasToString("Counterexample[x = 3, shrunk in 12 runs, replay " + TOKEN + "]");
        assertThat(new Counterexample(FAILURE, new long[] {9}, 12, false, TOKEN))
                .hasToString("Counterexample[x = 3, shrunk in 12 runs (budget used up), replay " + TOKEN + "]");
    }

    @Test
    void aConfigurationChangesOnePartAtATime() {
        PropertyConfig config = PropertyConfig.defaults(1);

        assertThat(config.withSeed(5))
                .isEqualTo(new PropertyConfig(
                        5,
                        PropertyConfig.DEFAULT_TRIES,
                        PropertyConfig.DEFAULT_MAX_SHRINK_RUNS,
                        PropertyConfig.DEFAULT_SHRINK_BUDGET));
        assertThat(config.withShrinkBudget(3, Duration.ofSeconds(2)))
                .isEqualTo(new PropertyConfig(1, PropertyConfig.DEFAULT_TRIES, 3, Duration.ofSeconds(2)));
        assertThat(config.withTries(4)).isEqualTo(new PropertyConfig(1, 4, 2_000, Duration.ofSeconds(30)));
    }
}
