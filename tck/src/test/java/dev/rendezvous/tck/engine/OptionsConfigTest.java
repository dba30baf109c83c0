package dev.rendezvous.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine's configuration parameters as the options of a run, both ways. */
class OptionsConfigTest {
    private static RunOptions read(Map<String, String> config) {
        return OptionsConfig.decode(new MapConfig(config));
    }

    @Test
    void no_parameters_mean_the_defaults() {
        assertThat(read(Map.of())).isEqualTo(RunOptions.defaults());
    }

    @Test
    void every_parameter_sets_its_option() {
        RunOptions o = read(Map.of(
                ConfigKeys.STACK, "com.example.Stack",
                ConfigKeys.SEED, " 12 ",
                ConfigKeys.TRIES, "7",
                ConfigKeys.STRICT, "true",
                ConfigKeys.QUIET_MS, "50",
                ConfigKeys.EVENT_MS, "2000",
                ConfigKeys.SCALE, " 1.5",
                ConfigKeys.CLAUSES, " CONNECT-INITIATES,, ACCEPT-VALUE-RESULT , ,",
                ConfigKeys.REPLAY, "a-token"));

        assertThat(o.stackClass()).isEqualTo("com.example.Stack");
        assertThat(o.seed()).isEqualTo(12);
        assertThat(o.tries()).isEqualTo(7);
        assertThat(o.strict()).isTrue();
        assertThat(o.knobs()).isEqualTo(new Knobs(Duration.ofMillis(50), Duration.ofMillis(2000), 1.5));
        assertThat(o.clauseIds()).containsExactlyInAnyOrder("CONNECT-INITIATES", "ACCEPT-VALUE-RESULT");
        assertThat(o.replayToken()).isEqualTo("a-token");
    }

    @Test
    void one_timing_knob_leaves_the_others_at_their_defaults() {
        RunOptions quiet = read(Map.of(ConfigKeys.QUIET_MS, "30"));
        RunOptions scale = read(Map.of(ConfigKeys.SCALE, "3"));

        assertThat(quiet.knobs()).isEqualTo(new Knobs(Duration.ofMillis(30), Knobs.DEFAULT.event(), 1.0));
        assertThat(scale.knobs()).isEqualTo(new Knobs(Knobs.DEFAULT.quiet(), Knobs.DEFAULT.event(), 3.0));
    }

    @Test
    void the_seed_random_draws_a_fresh_seed_below_two_to_the_48() {
        for (int i = 0; i < 20; i++) {
            long seed = read(Map.of(ConfigKeys.SEED, " random ")).seed();
            assertThat(seed).isBetween(0L, (1L << 48) - 1);
        }
    }

    @Test
    void tries_go_from_one_to_a_million() {
        assertThat(read(Map.of(ConfigKeys.TRIES, "1")).tries()).isEqualTo(1);
        assertThat(read(Map.of(ConfigKeys.TRIES, "1000000")).tries()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> read(Map.of(ConfigKeys.TRIES, "0")))
                .isInstanceOf(KitException.class)
                .hasMessage("tries must be between 1 and 1000000, got 0");
        assertThatThrownBy(() -> read(Map.of(ConfigKeys.TRIES, "1000001")))
                .isInstanceOf(KitException.class)
                .hasMessage("tries must be between 1 and 1000000, got 1000001");
    }

    @Test
    void a_number_that_is_not_one_is_one_clear_error() {
        assertThatThrownBy(() -> read(Map.of(ConfigKeys.SEED, "twelve")))
                .isInstanceOf(KitException.class)
                .hasMessage("rendezvous.seed must be a whole number, got 'twelve'");
        assertThatThrownBy(() -> read(Map.of(ConfigKeys.EVENT_MS, "1.5")))
                .isInstanceOf(KitException.class)
                .hasMessage("rendezvous.event.ms must be a whole number, got '1.5'");
        assertThatThrownBy(() -> read(Map.of(ConfigKeys.SCALE, "fast")))
                .isInstanceOf(KitException.class)
                .hasMessage("rendezvous.scale must be a number, got 'fast'");
    }

    @Test
    void timing_knobs_that_are_not_positive_are_one_clear_error() {
        assertThatThrownBy(() -> read(Map.of(ConfigKeys.QUIET_MS, "0")))
                .isInstanceOf(KitException.class)
                .hasMessageContaining("the quiet window must be a positive number");
        assertThatThrownBy(() -> read(Map.of(ConfigKeys.SCALE, "-1")))
                .isInstanceOf(KitException.class)
                .hasMessageContaining("the scale must be a positive number");
    }

    @Test
    void encoded_options_decode_as_the_same_options() {
        RunOptions options = RunOptions.defaults()
                .withStackClass("com.example.Stack")
                .withImplJars(List.of(Path.of("/opt/vendor/stack.jar"), Path.of("/opt/vendor/classes")))
                .withSeed(99)
                .withTries(3)
                .withStrict(true)
                .withKnobs(new Knobs(Duration.ofMillis(40), Duration.ofMillis(900), 2.5))
                .withClauseIds(Set.of("CONNECT-INITIATES", "ACCEPT-VALUE-RESULT"))
                .withReplayToken("tok");

        assertThat(read(OptionsConfig.encode(options))).isEqualTo(options);
        assertThat(read(OptionsConfig.encode(RunOptions.defaults()))).isEqualTo(RunOptions.defaults());
    }

    @Test
    void what_is_absent_by_default_is_left_out() {
        assertThat(OptionsConfig.encode(RunOptions.defaults()))
                .doesNotContainKeys(ConfigKeys.STACK, ConfigKeys.IMPL_JARS, ConfigKeys.CLAUSES, ConfigKeys.REPLAY);
    }
}
