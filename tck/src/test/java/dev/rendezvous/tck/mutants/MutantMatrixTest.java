package dev.rendezvous.tck.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.labrun.LabRun;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The kit tests itself: every clause has at least one deliberately broken implementation, and
 * the kit reports FAILED on exactly the clause each one breaks (a clause that needs the network
 * lab, where no lab can be made here, is NOT_VERIFIED instead). The kill matrix (mutant × clause)
 * is written to {@code target/kill-matrix.md} and printed.
 */
class MutantMatrixTest {

    @Test
    void every_clause_has_a_mutant() {
        Set<String> broken = new TreeSet<>();
        for (Class<? extends SocketStack> m : Mutants.all()) {
            String id = m.getAnnotation(Breaks.class).value();
            assertThat(Catalogue.byId(id))
                    .as("%s breaks an unknown clause %s", m.getSimpleName(), id)
                    .isPresent();
            broken.add(id);
        }
        List<String> without = new ArrayList<>();
        for (Clause c : Catalogue.all()) {
            if (!broken.contains(c.id())) {
                without.add(c.id());
            }
        }
        assertThat(without).as("clauses without a mutant").isEmpty();
    }

    /** Quick knobs: a mutant that breaks a blocking clause fails within a second, not an event deadline of 5. */
    private static final Knobs QUICK = new Knobs(Duration.ofMillis(60), Duration.ofMillis(1500), 1.0);

    @Test
    void every_mutant_is_killed_on_its_clause() throws Exception {
        List<Class<? extends SocketStack>> mutants = Mutants.all();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<Class<? extends SocketStack>, Future<ClauseResult>> runs = new LinkedHashMap<>();
        try {
            for (Class<? extends SocketStack> m : mutants) {
                String id = m.getAnnotation(Breaks.class).value();
                runs.put(
                        m,
                        pool.submit(() -> Kit.clause(
                                id,
                                m,
                                RunOptions.defaults().withTries(Kit.TEST_TRIES).withKnobs(QUICK))));
            }
            StringBuilder matrix =
                    new StringBuilder("| mutant | breaks | verdict on that clause | how |\n|---|---|---|---|\n");
            List<String> survivors = new ArrayList<>();
            for (Map.Entry<Class<? extends SocketStack>, Future<ClauseResult>> e : runs.entrySet()) {
                Breaks b = e.getKey().getAnnotation(Breaks.class);
                ClauseResult r = e.getValue().get(5, TimeUnit.MINUTES);
                matrix.append("| ")
                        .append(e.getKey().getSimpleName())
                        .append(" | ")
                        .append(b.value())
                        .append(" | ")
                        .append(r.verdict())
                        .append(" | ")
                        .append(b.how())
                        .append(" |\n");
                boolean labMissing = r.verdict() == Verdict.NOT_VERIFIED
                        && LabRun.needsLab(b.value())
                        && !LabRun.capabilities().canOpen();
                if (r.verdict() != Verdict.FAILED && !labMissing) {
                    survivors.add(e.getKey().getSimpleName() + " on " + b.value() + ": " + r.verdict() + " ("
                            + r.reason() + ")");
                } else if (r.verdict() == Verdict.FAILED) {
                    assertThat(r.counterexample().message())
                            .as(e.getKey().getSimpleName())
                            .contains(b.value());
                }
            }
            Path out = Path.of("target", "kill-matrix.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, matrix.toString());
            System.out.println("Kill matrix (mutant x clause), " + mutants.size() + " mutants:\n" + matrix);
            assertThat(survivors).as("mutants the kit did not kill").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
