package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.property.ReplayToken;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The options of a run: their defaults, and that each {@code with} changes one of them. */
class RunOptionsTest {
    @Test
    void the_defaults_load_the_service_entry_and_run_every_clause_reproducibly() {
        RunOptions d = RunOptions.defaults();

        assertThat(d.stackClass()).isNull();
        assertThat(d.implJars()).isEmpty();
        assertThat(d.seed()).isEqualTo(20261125L);
        assertThat(d.tries()).isEqualTo(100);
        assertThat(d.strict()).isFalse();
        assertThat(d.knobs()).isEqualTo(Knobs.DEFAULT);
        assertThat(d.clauseIds()).isEmpty();
        assertThat(d.replayToken()).isNull();
    }

    @Test
    void each_with_changes_its_option_only() {
        List<Path> jars = List.of(Path.of("/opt/stack.jar"));
        Knobs knobs = new Knobs(Duration.ofMillis(1), Duration.ofMillis(2), 3);
        RunOptions o = RunOptions.defaults()
                .withStackClass("a.B")
                .withImplJars(jars)
                .withSeed(5)
                .withTries(6)
                .withStrict(true)
                .withKnobs(knobs)
                .withClauseIds(Set.of("X"))
                .withReplayToken("t");

        assertThat(o).isEqualTo(new RunOptions("a.B", jars, 5, 6, true, knobs, Set.of("X"), "t"));
    }

    @Test
    void the_clause_ids_are_a_copy() {
        Set<String> ids = new HashSet<>(Set.of("X"));
        RunOptions o = RunOptions.defaults().withClauseIds(ids);
        ids.add("Y");

        assertThat(o.clauseIds()).containsExactly("X");
    }

    @Test
    void tries_go_from_one_to_a_million() {
        assertThat(RunOptions.defaults().withTries(1).tries()).isEqualTo(1);
        assertThat(RunOptions.defaults().withTries(1_000_000).tries()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> RunOptions.defaults().withTries(0))
                .isInstanceOf(KitException.class)
                .hasMessage("tries must be between 1 and 1000000, got 0");
        assertThatThrownBy(() -> RunOptions.defaults().withTries(1_000_001))
                .isInstanceOf(KitException.class)
                .hasMessage("tries must be between 1 and 1000000, got 1000001");
    }

    @Test
    void without_clause_ids_every_clause_of_the_catalogue_runs() {
        assertThat(RunOptions.defaults().clauses()).isEqualTo(Catalogue.all());
    }

    @Test
    void the_clauses_asked_for_run_in_catalogue_order() {
        Clause a = Catalogue.all().get(4);
        Clause b = Catalogue.all().get(1);

        List<Clause> selected =
                RunOptions.defaults().withClauseIds(Set.of(a.id(), b.id())).clauses();

        assertThat(selected).containsExactly(b, a);
    }

    @Test
    void a_replay_runs_the_one_clause_its_token_belongs_to() {
        String property = Checks.forClause("ACCEPT-VALUE-RESULT").get(0).id();
        String token = new ReplayToken(property, 7, new long[] {1, 2}).toString();

        List<Clause> selected = RunOptions.defaults()
                .withClauseIds(Set.of("CONNECT-INITIATES"))
                .withReplayToken(token)
                .clauses();

        assertThat(selected).containsExactly(Catalogue.require("ACCEPT-VALUE-RESULT"));
    }
}
