package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
    void the_implementation_is_loaded_from_the_loader_given_and_the_thread_s_own_is_restored() throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            RunResult r = KitRunner.run(options.withLoader(loader), RunProgress.SILENT);

            assertThat(r.clauses()).hasSize(2);
        }
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void a_run_that_cannot_start_is_one_clear_error() {
        Map<String, String> config = new HashMap<>(KitRunner.configOf(options));
        config.put(ConfigKeys.TRIES, "0");

        assertThatThrownBy(() -> KitRunner.runConfigured(config, null, RunProgress.SILENT))
                .isInstanceOf(KitException.class)
                .hasMessage("rendezvous.tries must be between 1 and 1000000, got 0");
        assertThatThrownBy(() -> KitRunner.run(options.withStackClass("com.example.Missing"), RunProgress.SILENT))
                .isInstanceOf(KitException.class)
                .hasMessage("no implementation class com.example.Missing on the class path");
    }

    @Test
    void the_engine_writes_the_results_file_into_the_directory_given(@TempDir Path dir) {
        Map<String, String> config = new HashMap<>(KitRunner.configOf(options));
        config.put(ConfigKeys.RESULTS_DIR, dir.toString());

        KitRunner.runConfigured(config, null, RunProgress.SILENT);

        assertThat(dir.resolve("results.json")).isNotEmptyFile();
    }

    @Test
    void a_results_file_that_cannot_be_written_fails_the_run_with_the_reason(@TempDir Path dir) throws Exception {
        Path notADirectory = java.nio.file.Files.writeString(dir.resolve("a-file"), "");
        Map<String, String> config = new HashMap<>(KitRunner.configOf(options));
        config.put(ConfigKeys.RESULTS_DIR, notADirectory.toString());

        assertThatThrownBy(() -> KitRunner.runConfigured(config, null, RunProgress.SILENT))
                .isInstanceOf(KitException.class)
                .hasMessageStartingWith("cannot write " + notADirectory.resolve("results.json"));
    }
}
