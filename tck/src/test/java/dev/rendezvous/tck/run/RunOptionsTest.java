package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.harness.Knobs;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The options of a run: their defaults, and that each {@code with} changes one of them. */
class RunOptionsTest {
    @Test
    void the_defaults_load_the_service_entry_and_run_every_clause_reproducibly() {
        RunOptions d = RunOptions.defaults();

        assertThat(d.stackClass()).isNull();
        assertThat(d.loader()).isNull();
        assertThat(d.seed()).isEqualTo(20261125L);
        assertThat(d.tries()).isEqualTo(100);
        assertThat(d.strict()).isFalse();
        assertThat(d.knobs()).isEqualTo(Knobs.DEFAULT);
        assertThat(d.clauseIds()).isEmpty();
        assertThat(d.replayToken()).isNull();
    }

    @Test
    void each_with_changes_its_option_only() {
        ClassLoader loader = getClass().getClassLoader();
        Knobs knobs = new Knobs(Duration.ofMillis(1), Duration.ofMillis(2), 3);
        RunOptions o = RunOptions.defaults()
                .withStackClass("a.B")
                .withLoader(loader)
                .withSeed(5)
                .withTries(6)
                .withStrict(true)
                .withKnobs(knobs)
                .withClauseIds(Set.of("X"))
                .withReplayToken("t");

        assertThat(o).isEqualTo(new RunOptions("a.B", loader, 5, 6, true, knobs, Set.of("X"), "t"));
    }

    @Test
    void the_clause_ids_are_a_copy() {
        Set<String> ids = new HashSet<>(Set.of("X"));
        RunOptions o = RunOptions.defaults().withClauseIds(ids);
        ids.add("Y");

        assertThat(o.clauseIds()).containsExactly("X");
    }

    @Test
    void tries_must_be_at_least_one() {
        assertThat(RunOptions.defaults().withTries(1).tries()).isEqualTo(1);
        assertThatThrownBy(() -> RunOptions.defaults().withTries(0))
                .isInstanceOf(KitException.class)
                .hasMessage("tries must be at least 1, got 0");
    }
}
