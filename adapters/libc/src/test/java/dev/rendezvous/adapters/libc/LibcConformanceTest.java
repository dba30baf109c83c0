package dev.rendezvous.adapters.libc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.launch.KitRunner;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole kit against the platform's libc, with the kit's fixed seed and default tries, as a
 * certification runs it. libc is the kit's ground truth, so it has no baseline: every clause
 * must pass. A clause that fails here means the kit asks for something Linux does not do (a
 * check or an allowed set of outcomes is wrong), and the kit is what gets fixed.
 */
class LibcConformanceTest {

    @Test
    void libc_keeps_every_clause_of_the_contract() {
        RunOptions options = RunOptions.defaults().withStackClass(LibcSocketStack.class.getName());
        RunResult run = KitRunner.run(options, RunProgress.SILENT);
        assertThat(run.clauses()).hasSize(Catalogue.all().size());
        String failed = run.clauses().stream()
                .filter(c -> c.verdict() == Verdict.FAILED)
                .map(c -> c.clause().id() + ": " + c.reason() + " (replay " + c.replay() + ")")
                .collect(Collectors.joining(System.lineSeparator()));
        assertThat(failed)
                .as("clauses libc failed: the kit disagrees with Linux")
                .isEmpty();
    }
}
