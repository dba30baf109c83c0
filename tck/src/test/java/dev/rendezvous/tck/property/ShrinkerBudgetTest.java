package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Where shrinking stops: at a fixpoint, or when its budget of runs or of time is used up. */
class ShrinkerBudgetTest {

    private static final long THRESHOLD = 1_000_003;

    private final AtomicInteger executions = new AtomicInteger();
    private final AtomicLong clockNanos = new AtomicLong(42);

    /** Fails for values of at least {@link #THRESHOLD}; each run counts and takes one millisecond. */
    private final Trial atLeastThreshold = c -> {
        executions.incrementAndGet();
        clockNanos.addAndGet(Duration.ofMillis(1).toNanos());
        long x = c.betweenLong(0, Long.MAX_VALUE);
        return x >= THRESHOLD ? TrialOutcome.failed(x + " is too large") : TrialOutcome.passed();
    };

    private TrialRun failingRun(long... choices) {
        TrialRun run = TrialRun.execute(atLeastThreshold, Choices.replay(choices));
        executions.set(0);
        return run;
    }

    private Shrinker shrinker(TrialRun failing, int maxRuns, Duration budget) {
        return new Shrinker(atLeastThreshold, failing, maxRuns, budget, clockNanos::get);
    }

    @Test
    void onlyAFailingRunCanBeShrunk() {
        TrialRun passing = TrialRun.execute(atLeastThreshold, Choices.replay(new long[] {3}));

        assertThatThrownBy(() -> shrinker(passing, 10, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only a failing run can be shrunk.");
    }

    @Test
    void withoutABudgetShrinkingReachesTheMinimumAndSaysItIsComplete() {
        Shrinker.Result result = shrinker(failingRun(Long.MAX_VALUE), Integer.MAX_VALUE, Duration.ofDays(1))
                .shrink();

        assertThat(result.smallest().recorded()).containsExactly(THRESHOLD);
        assertThat(result.complete()).isTrue();
        assertThat(result.runs())
                .as("every run counted")
                .isEqualTo(executions.get())
                .isPositive();
    }

    @Test
    void aBudgetTooLongToCountInNanosecondsIsNoLimit() {
        Shrinker.Result result = shrinker(failingRun(5_000_000), Integer.MAX_VALUE, Duration.ofSeconds(Long.MAX_VALUE))
                .shrink();

        assertThat(result.smallest().recorded()).containsExactly(THRESHOLD);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void theMinimumShrinksNoFurther() {
        Shrinker.Result result = shrinker(failingRun(THRESHOLD), Integer.MAX_VALUE, Duration.ofDays(1))
                .shrink();

        assertThat(result.smallest().recorded()).containsExactly(THRESHOLD);
        assertThat(result.complete()).isTrue();
        assertThat(result.runs())
                .as("one round of candidates, none taken: 0, then bisection, and the empty sequence")
                .isPositive()
                .isEqualTo(executions.get());
    }

    @Test
    void aRunWithNoChoicesIsAlreadyTheSmallest() {
        Trial alwaysFails = c -> TrialOutcome.failed("always");
        TrialRun empty = TrialRun.execute(alwaysFails, Choices.replay(new long[0]));

        Shrinker.Result result = new Shrinker(alwaysFails, empty, 100, Duration.ofSeconds(1), clockNanos::get).shrink();

        assertThat(result.smallest()).isSameAs(empty);
        assertThat(result.runs()).isZero();
        assertThat(result.complete()).isTrue();
    }

    @Test
    void shrinkingStopsAfterItsNumberOfRuns() {
        TrialRun failing = failingRun(Long.MAX_VALUE);

        Shrinker.Result result = shrinker(failing, 3, Duration.ofDays(1)).shrink();

        assertThat(result.runs()).isEqualTo(3).isEqualTo(executions.get());
        assertThat(result.complete()).isFalse();
        assertThat(result.smallest().failed()).isTrue();
        assertThat(Shortlex.compare(result.smallest().recorded(), failing.recorded()))
                .isNegative();
    }

    @Test
    void noRunsAllowedLeavesTheFailingRunAsItIs() {
        TrialRun failing = failingRun(Long.MAX_VALUE);

        Shrinker.Result result = shrinker(failing, 0, Duration.ofDays(1)).shrink();

        assertThat(result.smallest()).isSameAs(failing);
        assertThat(result.runs()).isZero();
        assertThat(result.complete()).isFalse();
    }

    @Test
    void shrinkingStopsWhenItsTimeIsUsedUp() {
        TrialRun failing = failingRun(Long.MAX_VALUE);

        Shrinker.Result result =
                shrinker(failing, Integer.MAX_VALUE, Duration.ofMillis(5)).shrink();

        assertThat(result.runs())
                .as("each run takes a millisecond")
                .isEqualTo(5)
                .isEqualTo(executions.get());
        assertThat(result.complete()).isFalse();
        assertThat(result.smallest().failed()).isTrue();
    }

    @Test
    void noTimeAllowedLeavesTheFailingRunAsItIs() {
        TrialRun failing = failingRun(Long.MAX_VALUE);

        Shrinker.Result result =
                shrinker(failing, Integer.MAX_VALUE, Duration.ZERO).shrink();

        assertThat(result.smallest()).isSameAs(failing);
        assertThat(result.runs()).isZero();
        assertThat(result.complete()).isFalse();
    }

    @Test
    void aBudgetUsedUpInTheLastRoundStillCountsAsIncomplete() {
        TrialRun failing = failingRun(THRESHOLD);
        int oneRound = shrinker(failing, Integer.MAX_VALUE, Duration.ofDays(1))
                .shrink()
                .runs();

        Shrinker.Result result =
                shrinker(failing, oneRound - 1, Duration.ofDays(1)).shrink();

        assertThat(result.smallest().recorded()).containsExactly(THRESHOLD);
        assertThat(result.complete()).isFalse();
    }
}
