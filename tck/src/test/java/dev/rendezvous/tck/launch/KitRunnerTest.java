package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.ClaimsNothing;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit run from code through its engine, with the network lab forbidden and an implementation that claims nothing. */
class KitRunnerTest {
    private String previous;
    private final List<Clause> two = Catalogue.all().subList(0, 2);
    private final RunOptions options = RunOptions.defaults()
            .withStackClass(ClaimsNothing.class.getName())
            .withTries(1)
            .withClauseIds(Set.of(two.get(0).id(), two.get(1).id()));

    @BeforeEach
    void forbidTheLab() {
        previous = System.setProperty(ConfigKeys.LAB_DISABLED, "forbidden in this test");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(ConfigKeys.LAB_DISABLED);
        } else {
            System.setProperty(ConfigKeys.LAB_DISABLED, previous);
        }
    }

    @Test
    void a_failure_of_the_kit_itself_is_an_internal_error_and_not_bad_usage() {
        RuntimeException npe = new NullPointerException();

        assertThat(KitRunner.raised(npe))
                .isInstanceOf(KitInternalError.class)
                .isNotInstanceOf(KitException.class)
                .hasMessage("the run failed: java.lang.NullPointerException")
                .hasCause(npe);
        KitException asked = new KitException("no clause with id X in the catalogue");
        assertThat(KitRunner.raised(asked)).isSameAs(asked);
    }

    @Test
    void a_run_gives_every_clause_its_verdict_and_tells_its_progress() {
        List<String> heard = new ArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void runStarted(Map<String, Object> meta) {
                heard.add("run " + meta.get("class"));
            }

            @Override
            public void clauseStarted(Clause clause, int index, int total) {
                heard.add("start " + clause.id() + " " + index + "/" + total);
            }

            @Override
            public void clauseFinished(ClauseResult result, int index, int total) {
                heard.add("finish " + result.clause().id() + " " + index + "/" + total);
            }
        };

        RunResult r = KitRunner.run(options, progress);

        assertThat(r.clauses()).extracting(ClauseResult::clause).containsExactlyElementsOf(two);
        assertThat(r.clauses()).extracting(ClauseResult::verdict).containsOnly(Verdict.NOT_CLAIMED);
        assertThat(r.implementationClass()).isEqualTo(ClaimsNothing.class.getName());
        assertThat(heard)
                .containsExactly(
                        "run " + ClaimsNothing.class.getName(),
                        "start " + two.get(0).id() + " 1/2",
                        "finish " + two.get(0).id() + " 1/2",
                        "start " + two.get(1).id() + " 2/2",
                        "finish " + two.get(1).id() + " 2/2");
    }

    @Test
    void a_run_that_shares_its_clauses_runs_only_those_it_takes_and_tells_only_of_them() {
        List<String> asked = new ArrayList<>();
        List<String> heard = new ArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void clauseStarted(Clause clause, int index, int total) {
                heard.add("start " + clause.id());
            }

            @Override
            public void clauseFinished(ClauseResult result, int index, int total) {
                heard.add("finish " + result.clause().id());
            }
        };

        RunResult r = KitRunner.run(options, progress, clause -> {
            asked.add(clause.id());
            return clause.equals(two.get(1));
        });

        assertThat(asked).containsExactly(two.get(0).id(), two.get(1).id());
        assertThat(r.clauses()).extracting(ClauseResult::clause).containsExactly(two.get(1));
        assertThat(heard)
                .containsExactly(
                        "start " + two.get(1).id(), "finish " + two.get(1).id());
    }

    @Test
    void the_implementation_is_loaded_from_the_jars_given(@TempDir Path dir) {
        RunResult r = KitRunner.run(
                options.withStackClass("dev.rendezvous.tck.run.ClaimsNothing").withImplJars(List.of(dir)),
                RunProgress.SILENT);

        assertThat(r.clauses()).hasSize(2);
        assertThat(r.implementationClass()).isEqualTo(ClaimsNothing.class.getName());
    }

    @Test
    void a_run_that_cannot_start_is_one_clear_error() {
        assertThatThrownBy(() -> KitRunner.run(options.withClauseIds(Set.of("NO-SUCH")), RunProgress.SILENT))
                .isInstanceOf(KitException.class)
                .hasMessage("no clause with id NO-SUCH in the catalogue");
        assertThatThrownBy(() -> KitRunner.run(options.withStackClass("com.example.Missing"), RunProgress.SILENT))
                .isInstanceOf(KitException.class)
                .hasMessage("no implementation class com.example.Missing on the class path");
    }
}
