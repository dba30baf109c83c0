package dev.rendezvous.tck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KnobsTest {
    private static final Duration MS = Duration.ofMillis(1);

    @Test
    void the_defaults_are_a_100_ms_quiet_window_and_a_5_s_event_deadline_unscaled() {
        assertThat(Knobs.DEFAULT.quietWindow()).isEqualTo(Duration.ofMillis(100));
        assertThat(Knobs.DEFAULT.eventDeadline()).isEqualTo(Duration.ofSeconds(5));
        assertThat(Knobs.DEFAULT.scale()).isEqualTo(1.0);
        assertThat(Knobs.DEFAULT.callDeadline()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void the_scale_stretches_both_windows_and_the_call_deadline() {
        Knobs k = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(2), 2.5);

        assertThat(k.quietWindow()).isEqualTo(Duration.ofMillis(250));
        assertThat(k.eventDeadline()).isEqualTo(Duration.ofSeconds(5));
        assertThat(k.callDeadline()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void a_scale_below_one_shortens_them() {
        Knobs k = new Knobs(Duration.ofMillis(100), Duration.ofMillis(400), 0.5);

        assertThat(k.quietWindow()).isEqualTo(Duration.ofMillis(50));
        assertThat(k.eventDeadline()).isEqualTo(Duration.ofMillis(200));
        assertThat(k.callDeadline()).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void the_smallest_positive_windows_are_allowed() {
        Knobs k = new Knobs(Duration.ofNanos(1), Duration.ofNanos(1), Double.MIN_VALUE);

        assertThat(k.quiet()).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void windows_that_are_zero_or_negative_are_refused() {
        assertThatThrownBy(() -> new Knobs(Duration.ZERO, MS, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the quiet window must be a positive number of milliseconds, got 0");
        assertThatThrownBy(() -> new Knobs(Duration.ofMillis(-5), MS, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the quiet window must be a positive number of milliseconds, got -5");
        assertThatThrownBy(() -> new Knobs(MS, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Knobs(MS, MS.negated(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the event deadline must be a positive number of milliseconds, got -1");
    }

    @Test
    void a_scale_that_stretches_a_knob_beyond_a_day_is_refused_before_any_deadline_is_computed() {
        assertThatThrownBy(() -> new Knobs(Duration.ofMillis(100), Duration.ofSeconds(5), 1e300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the scale 1.0E300 stretches the event deadline (5000 ms) beyond a day");
        assertThat(new Knobs(Duration.ofMillis(100), Duration.ofSeconds(5), 17_000).callDeadline())
                .isEqualTo(Duration.ofSeconds(170_000));
    }

    @Test
    void a_scale_that_is_not_a_positive_finite_number_is_refused() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> new Knobs(MS, MS, bad))
                    .as("scale %s", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the scale must be a positive number, got " + bad);
        }
    }

    @Test
    void describe_gives_the_knobs_as_set_and_as_effective_in_order() {
        Knobs k = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(2), 1.5);

        assertThat(k.describe())
                .containsExactly(
                        entry("quietMillis", 100L),
                        entry("eventMillis", 2000L),
                        entry("scale", 1.5),
                        entry("effectiveQuietMillis", 150L),
                        entry("effectiveEventMillis", 3000L),
                        entry("callDeadlineMillis", 6000L));
    }
}
