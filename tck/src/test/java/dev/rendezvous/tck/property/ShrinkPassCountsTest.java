package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The shrinker counts, pass by pass, the candidates it ran and those it took. */
class ShrinkPassCountsTest {
    private static final List<String> PASS_NAMES = List.of(
            "delete-groups",
            "delete-chunks",
            "zero-chunks",
            "lower-duplicates",
            "lower-each",
            "sort-windows",
            "swap-adjacent-groups",
            "redistribute");

    /** Draws {@code width} offsets; fails where {@code fails} says; remembers whether each run failed. */
    private static final class Recording implements Trial {
        private final int width;
        private final Predicate<long[]> fails;
        private final List<Boolean> failedRuns = new ArrayList<>();

        Recording(int width, Predicate<long[]> fails) {
            this.width = width;
            this.fails = fails;
        }

        @Override
        public TrialOutcome run(Choices c) {
            for (int i = 0; i < width; i++) {
                c.betweenLong(0, Long.MAX_VALUE);
            }
            boolean failed = fails.test(c.recorded());
            failedRuns.add(failed);
            return failed ? TrialOutcome.failed(Arrays.toString(c.recorded())) : TrialOutcome.passed();
        }

        /** The runs after the first (the failing case shrinking starts from). */
        List<Boolean> candidates() {
            return failedRuns.subList(1, failedRuns.size());
        }
    }

    private static Shrinker shrinker(Trial trial, long... failing) {
        TrialRun start = TrialRun.execute(trial, Choices.replay(failing));
        return new Shrinker(trial, start, 10_000, Duration.ofSeconds(10), System::nanoTime);
    }

    private static ShrinkPass pass(List<ShrinkPass> passes, String name) {
        return passes.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void every_pass_is_listed_in_the_order_a_round_runs_them() {
        Shrinker s = shrinker(new Recording(1, v -> v[0] >= 10), 80);

        assertThat(s.shrink().passes()).extracting(ShrinkPass::name).containsExactlyElementsOf(PASS_NAMES);
    }

    @Test
    void a_pass_on_its_own_counts_each_candidate_it_ran_and_each_it_took() {
        Recording atLeastTen = new Recording(1, v -> v[0] >= 10);
        Shrinker s = shrinker(atLeastTen, 80);

        s.lowerEach();

        // Lowering a threshold bisects downwards: every candidate that still fails is smaller, so taken.
        ShrinkPass lowerEach = pass(s.passes(), "lower-each");
        assertThat(lowerEach.runs()).isEqualTo(atLeastTen.candidates().size()).isPositive();
        assertThat(lowerEach.shrinks())
                .isEqualTo((int) atLeastTen.candidates().stream().filter(f -> f).count())
                .isPositive();
        assertThat(s.smallestSoFar().recorded()).containsExactly(10);
        assertThat(s.passes())
                .filteredOn(p -> !p.name().equals("lower-each"))
                .allMatch(p -> p.runs() == 0 && p.shrinks() == 0);
    }

    @Test
    void a_pass_that_finds_nothing_smaller_shows_its_runs_and_no_shrink() {
        Recording onlyEighty = new Recording(1, v -> v[0] == 80);
        Shrinker s = shrinker(onlyEighty, 80);

        s.lowerEach();

        ShrinkPass lowerEach = pass(s.passes(), "lower-each");
        assertThat(lowerEach.runs()).isEqualTo(onlyEighty.candidates().size()).isPositive();
        assertThat(lowerEach.shrinks()).isZero();
    }

    @Test
    void the_passes_add_up_to_the_runs_and_the_shrinks_of_the_whole_shrink() {
        Recording sumAtLeastTwenty = new Recording(3, v -> v[0] + v[1] + v[2] >= 20);
        Shrinker.Result result = shrinker(sumAtLeastTwenty, 50, 10, 7).shrink();

        assertThat(result.passes().stream().mapToInt(ShrinkPass::runs).sum())
                .isEqualTo(result.runs())
                .isEqualTo(sumAtLeastTwenty.candidates().size());
        int taken = result.passes().stream().mapToInt(ShrinkPass::shrinks).sum();
        assertThat(taken).isPositive().isLessThanOrEqualTo(result.runs());
        assertThat(result.smallest().recorded()).containsExactly(0, 0, 20);
    }

    @Test
    void the_counterexample_of_a_property_run_carries_the_passes() {
        PropertyResult r = new PropertyRunner(PropertyConfig.defaults(7)).run("P/sum", c -> {
            long a = c.betweenLong(0, 1000);
            long b = c.betweenLong(0, 1000);
            return a + b < 300 ? TrialOutcome.passed() : TrialOutcome.failed("a + b = " + (a + b));
        });

        Counterexample x = r.counterexample().orElseThrow();
        assertThat(x.shrinkPasses()).extracting(ShrinkPass::name).containsExactlyElementsOf(PASS_NAMES);
        assertThat(x.shrinkPasses().stream().mapToInt(ShrinkPass::runs).sum()).isEqualTo(x.shrinkRuns());
        assertThat(x.shrinkPasses().stream().mapToInt(ShrinkPass::shrinks).sum())
                .isPositive();
    }

    @Test
    void a_pass_cannot_take_more_candidates_than_it_ran() {
        assertThatThrownBy(() -> new ShrinkPass("lower-each", 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-each");
        assertThatThrownBy(() -> new ShrinkPass("lower-each", -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ShrinkPass("lower-each", 3, 3).shrinks()).isEqualTo(3);
    }
}
