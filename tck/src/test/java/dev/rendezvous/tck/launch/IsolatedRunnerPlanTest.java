package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.process.ChildJava;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What an isolated run plans before any child JVM starts: its clauses, their budget, the child's command line. */
class IsolatedRunnerPlanTest {
    @Test
    void a_clause_may_go_eight_call_deadlines_and_five_seconds_without_a_verdict() {
        assertThat(IsolatedRunner.clauseBudget(Knobs.DEFAULT)).isEqualTo(Duration.ofSeconds(85));
        Knobs quick = new Knobs(Duration.ofMillis(10), Duration.ofMillis(250), 2.0);
        assertThat(IsolatedRunner.clauseBudget(quick)).isEqualTo(Duration.ofMillis(8 * 1000 + 5000));
    }

    @Test
    void an_implementation_that_never_loaded_is_named_by_the_class_asked_for_or_its_service_entry() {
        Map<String, Object> named =
                IsolatedRunner.unknownMeta(RunOptions.defaults().withStackClass("com.example.Stack"));
        Map<String, Object> unnamed = IsolatedRunner.unknownMeta(RunOptions.defaults());

        assertThat(named)
                .containsEntry("name", "(unknown: the implementation never finished loading)")
                .containsEntry("version", "(unknown)")
                .containsEntry("class", "com.example.Stack")
                .containsEntry("features", List.of())
                .containsEntry("environment", Map.of());
        assertThat(unnamed).containsEntry("class", "(its META-INF/services entry)");
    }

    @Test
    void the_child_runs_the_kit_s_main_in_a_small_heap_with_the_implementation_on_its_class_path() {
        Path impl = Path.of("/opt/vendor/stack.jar");
        List<Clause> clauses = List.of(Catalogue.require("CONNECT-INITIATES"));

        List<String> cmd = IsolatedRunner.command(
                RunOptions.defaults()
                        .withStackClass("com.example.Stack")
                        .withSeed(42)
                        .withImplJars(List.of(impl)),
                clauses,
                List.of("-Dlab.inside=yes"));

        int cp = cmd.indexOf("-cp");
        int main = cmd.indexOf(ChildMain.class.getName());
        assertThat(cmd.get(0)).isEqualTo(ChildJava.javaExecutable());
        assertThat(cmd.subList(0, cp))
                .contains(IsolatedRunner.CHILD_HEAP, "-XX:+ExitOnOutOfMemoryError", "-Dlab.inside=yes");
        assertThat(cmd.get(cp + 1))
                .isEqualTo(ChildJava.classPath(List.of(impl)))
                .endsWith(impl.toString());
        assertThat(main).isEqualTo(cp + 2);
        assertThat(cmd.subList(main + 1, cmd.size()))
                .contains(
                        ConfigKeys.STACK + "=com.example.Stack",
                        ConfigKeys.SEED + "=42",
                        ConfigKeys.CLAUSES + "=CONNECT-INITIATES");
    }

    @Test
    void a_forbidden_lab_is_forbidden_in_the_child_too() {
        String previous = System.setProperty(ConfigKeys.LAB_DISABLED, "no root");
        try {
            List<String> cmd = IsolatedRunner.command(
                    RunOptions.defaults(), List.of(Catalogue.require("CONNECT-INITIATES")), List.of());

            assertThat(cmd.subList(0, cmd.indexOf("-cp"))).contains("-D" + ConfigKeys.LAB_DISABLED + "=no root");
        } finally {
            if (previous == null) {
                System.clearProperty(ConfigKeys.LAB_DISABLED);
            } else {
                System.setProperty(ConfigKeys.LAB_DISABLED, previous);
            }
        }
    }

    @Test
    void the_first_lane_is_given_every_clause_and_the_second_all_but_the_lab_s_to_share() {
        List<Clause> clauses = Stream.of(
                        "CONNECTION-ASYMMETRIC",
                        "SERVER-BIND-LISTEN",
                        "ERROR-ETIMEDOUT",
                        "ERROR-ECONNREFUSED",
                        "ACCEPT-VALUE-RESULT")
                .map(Catalogue::require)
                .toList();

        List<List<Clause>> lanes = IsolatedRunner.lanes(clauses, 2, false);

        assertThat(lanes).hasSize(2);
        assertThat(lanes.get(0)).isEqualTo(clauses);
        assertThat(lanes.get(1))
                .extracting(Clause::id)
                .containsExactly("CONNECTION-ASYMMETRIC", "SERVER-BIND-LISTEN", "ACCEPT-VALUE-RESULT");
        assertThat(IsolatedRunner.lanes(clauses, 1, false)).containsExactly(clauses);
        assertThat(IsolatedRunner.lanes(clauses.subList(2, 4), 2, false)).containsExactly(clauses.subList(2, 4));
    }

    @Test
    void a_run_of_the_lab_s_clauses_alone_outside_the_lab_has_one_lane() {
        List<Clause> lab = Stream.of("ERROR-ETIMEDOUT").map(Catalogue::require).toList();
        List<Clause> mixed = Stream.of("ERROR-ETIMEDOUT", "CONNECTION-ASYMMETRIC")
                .map(Catalogue::require)
                .toList();

        assertThat(IsolatedRunner.lanes(mixed, 2, false)).containsExactly(mixed, mixed.subList(1, 2));
        assertThat(IsolatedRunner.lanes(lab, 2, false)).containsExactly(lab);
    }

    @Test
    void inside_the_lab_where_every_clause_needs_it_both_lanes_share_them_all() {
        List<Clause> clauses = Stream.of(
                        "SERVER-BIND-WILDCARD", "CONNECT-NAME-REMAINS", "ERROR-ETIMEDOUT", "ERROR-ECONNREFUSED")
                .map(Catalogue::require)
                .toList();

        assertThat(IsolatedRunner.lanes(clauses, 2, true)).containsExactly(clauses, clauses);
    }
}
