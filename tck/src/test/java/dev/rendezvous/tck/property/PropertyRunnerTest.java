package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PropertyRunnerTest {

    private static final Gen<List<Integer>> LISTS = Gen.listOf(Gen.ints(0, 1_000_000), 0, 30);

    @Test
    void aPropertyThatHoldsRunsTheConfiguredNumberOfCases() {
        AtomicInteger calls = new AtomicInteger();
        PropertyResult result = new PropertyRunner(PropertyConfig.defaults(9).withTries(37)).run("holds", c -> {
            calls.incrementAndGet();
            return c.between(0, 10) <= 10 ? TrialOutcome.passed() : TrialOutcome.failed("impossible");
        });

        assertThat(result.status()).isEqualTo(PropertyResult.Status.PASSED);
        assertThat(result.casesRun()).isEqualTo(37);
        assertThat(result.invalidCount()).isZero();
        assertThat(result.reason()).isEmpty();
        assertThat(result.counterexample()).isEmpty();
        assertThat(calls).hasValue(37);
    }

    @Test
    void invalidTrialsAreNotCountedAsCases() {
        PropertyResult result = new PropertyRunner(PropertyConfig.defaults(4).withTries(50)).run("half-invalid", c -> {
            if (c.flip()) {
                throw new InvalidCase("odd case");
            }
            return TrialOutcome.passed();
        });

        assertThat(result.status()).isEqualTo(PropertyResult.Status.PASSED);
        assertThat(result.casesRun()).isEqualTo(50);
        assertThat(result.invalidCount()).isPositive();
    }

    @Test
    void aPropertyThatIsAlwaysInvalidEndsNotVerified() {
        Gen<Integer> impossible = Gen.ints(0, 9).filter(i -> i > 9);
        PropertyResult result = new PropertyRunner(PropertyConfig.defaults(1).withTries(5)).run("never-valid", c -> {
            impossible.generate(c);
            return TrialOutcome.passed();
        });

        assertThat(result.status()).isEqualTo(PropertyResult.Status.NOT_VERIFIED);
        assertThat(result.reason()).isEqualTo("generator rejected too many cases");
        assertThat(result.invalidCount()).isEqualTo(51);
        assertThat(result.casesRun()).isZero();
    }

    @Test
    void aNotVerifiedTrialEndsThePropertyWithItsReason() {
        AtomicInteger calls = new AtomicInteger();
        PropertyResult result = new PropertyRunner(PropertyConfig.defaults(1)).run("lab", c -> {
            calls.incrementAndGet();
            return TrialOutcome.notVerified("no network namespace");
        });

        assertThat(result.status()).isEqualTo(PropertyResult.Status.NOT_VERIFIED);
        assertThat(result.reason()).isEqualTo("no network namespace");
        assertThat(calls).hasValue(1);
    }

    @Test
    void exceptionsAndAssertionErrorsFromTheTrialAreFailures() {
        PropertyResult thrown = new PropertyRunner(PropertyConfig.defaults(1)).run("throws", c -> {
            int x = c.between(0, 100);
            if (x >= 30) {
                throw new IllegalStateException("x was " + x);
            }
            return TrialOutcome.passed();
        });
        PropertyResult asserted = new PropertyRunner(PropertyConfig.defaults(1)).run("asserts", c -> {
            assertThat(c.between(0, 100)).isLessThan(30);
            return TrialOutcome.passed();
        });

        assertThat(thrown.reason()).isEqualTo("IllegalStateException: x was 30");
        assertThat(thrown.counterexample().orElseThrow().failure().cause()).isInstanceOf(IllegalStateException.class);
        assertThat(asserted.counterexample().orElseThrow().shrunkChoices()).containsExactly(30);
    }

    /** Fails almost always, and reaching the smallest failing case takes thousands of runs. */
    private static final Trial LARGE_SUM_FAILS = c -> {
        long sum = 0;
        for (int i = 0; i < 200; i++) {
            sum += c.betweenLong(0, 1L << 40);
        }
        return sum < (1L << 45) ? TrialOutcome.passed() : TrialOutcome.failed("sum " + sum + " is too large");
    };

    @Test
    void shrinkingStopsAtItsRunBudget() {
        PropertyConfig config = new PropertyConfig(3, 10, 40, Duration.ofMinutes(1));

        PropertyResult result = new PropertyRunner(config).run("budget/runs", LARGE_SUM_FAILS);

        Counterexample found = result.counterexample().orElseThrow();
        assertThat(found.shrinkRuns()).isEqualTo(40);
        assertThat(found.shrinkComplete()).isFalse();
        assertThat(found.shrunkChoices()).hasSizeLessThanOrEqualTo(found.originalChoices().length);
        assertThat(PropertyRunner.replay(LARGE_SUM_FAILS, found.shrunkChoices()))
                .isEqualTo(found.failure());
    }

    @Test
    void shrinkingStopsAtItsTimeBudget() {
        AtomicLong fakeNanos = new AtomicLong();
        PropertyConfig config = new PropertyConfig(3, 10, 1_000_000, Duration.ofMillis(100));
        Trial tenMillisEach = c -> {
            fakeNanos.addAndGet(10_000_000);
            return LARGE_SUM_FAILS.run(c);
        };

        PropertyResult result = new PropertyRunner(config, fakeNanos::get).run("budget/time", tenMillisEach);

        Counterexample found = result.counterexample().orElseThrow();
        assertThat(found.shrinkRuns()).isEqualTo(10);
        assertThat(found.shrinkComplete()).isFalse();
    }

    @Test
    void aZeroShrinkBudgetKeepsTheOriginalFailure() {
        PropertyConfig config = new PropertyConfig(5, 10, 0, Duration.ofSeconds(1));
        PropertyResult result = new PropertyRunner(config).run("budget/none", c -> {
            return TrialOutcome.failed("always, " + LISTS.generate(c));
        });

        Counterexample found = result.counterexample().orElseThrow();
        assertThat(found.shrinkRuns()).isZero();
        assertThat(found.shrunkChoices()).containsExactly(found.originalChoices());
    }

    @Test
    void theSameSeedGivesAnIdenticalRun() {
        List<String> firstDraws = new ArrayList<>();
        List<String> secondDraws = new ArrayList<>();
        PropertyConfig config = PropertyConfig.defaults(77);

        PropertyResult first = new PropertyRunner(config).run("lists/sum", recordingSumBelow(firstDraws));
        PropertyResult second = new PropertyRunner(config).run("lists/sum", recordingSumBelow(secondDraws));

        assertThat(first.status()).isEqualTo(PropertyResult.Status.FAILED);
        assertThat(second).isEqualTo(first);
        assertThat(secondDraws).isEqualTo(firstDraws).hasSizeGreaterThan(10);
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        List<String> firstDraws = new ArrayList<>();
        List<String> secondDraws = new ArrayList<>();

        new PropertyRunner(PropertyConfig.defaults(1).withTries(5)).run("draws", recordingHolds(firstDraws));
        new PropertyRunner(PropertyConfig.defaults(2).withTries(5)).run("draws", recordingHolds(secondDraws));

        assertThat(firstDraws).hasSize(5);
        assertThat(secondDraws).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(secondDraws.get(i)).isNotEqualTo(firstDraws.get(i));
        }
        assertThat(PropertyRunner.trySeed(1, 0)).isNotEqualTo(PropertyRunner.trySeed(2, 0));
        assertThat(PropertyRunner.trySeed(1, 0)).isNotEqualTo(PropertyRunner.trySeed(1, 1));
    }

    @Test
    void configurationsThatCannotRunAreRejected() {
        assertThatThrownBy(() -> new PropertyConfig(1, 0, 10, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tries must be at least 1, got 0.");
        assertThatThrownBy(() -> new PropertyConfig(1, 1, -1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxShrinkRuns must not be negative, got -1.");
        assertThatThrownBy(() -> new PropertyConfig(1, 1, 1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shrinkBudget must not be negative, got PT-1S.");
    }

    private static Trial recordingSumBelow(List<String> draws) {
        return c -> {
            List<Integer> list = LISTS.generate(c);
            draws.add(Arrays.toString(c.recorded()));
            long sum = list.stream().mapToLong(Integer::longValue).sum();
            return sum < 3_000_000 ? TrialOutcome.passed() : TrialOutcome.failed("sum " + sum + " of " + list);
        };
    }

    private static Trial recordingHolds(List<String> draws) {
        return c -> {
            for (int i = 0; i < 5; i++) {
                c.between(0, 1_000_000);
            }
            draws.add(Arrays.toString(c.recorded()));
            return TrialOutcome.passed();
        };
    }
}
