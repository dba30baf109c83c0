package dev.rendezvous.tck.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.labrun.LabRun;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The kit tests itself: every clause has at least one deliberately broken implementation, and
 * the kit reports FAILED on exactly the clause each one breaks. A clause with a property that
 * needs the network lab is run through the lab, as a real run runs it (where no lab can be made
 * here, its NOT_VERIFIED counts). The kill matrix (mutant × clause) is written to
 * {@code target/kill-matrix.md} and printed.
 */
class MutantMatrixTest {

    @Test
    void every_clause_has_a_mutant() {
        Set<String> broken = new TreeSet<>();
        for (Class<? extends SocketStack> m : Mutants.all()) {
            String id = m.getAnnotation(Breaks.class).value();
            assertThat(Catalogue.byId(id)).as("%s breaks an unknown clause %s", m.getSimpleName(), id).isPresent();
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

    @Test
    void every_mutant_is_killed_on_its_clause() throws IOException {
        Map<String, Verdict> row = new LinkedHashMap<>();
        StringBuilder matrix = new StringBuilder("| mutant | breaks | verdict on that clause | how |\n|---|---|---|---|\n");
        List<String> survivors = new ArrayList<>();
        for (Class<? extends SocketStack> m : Mutants.all()) {
            Breaks b = m.getAnnotation(Breaks.class);
            boolean inLab = LabRun.needsLab(b.value());
            ClauseResult r = inLab && LabRun.capabilities().canOpen() ? LabRun.clause(b.value(), m) : Kit.clause(b.value(), m);
            row.put(m.getSimpleName(), r.verdict());
            matrix.append("| ").append(m.getSimpleName()).append(" | ").append(b.value()).append(" | ")
                    .append(r.verdict()).append(" | ").append(b.how()).append(" |\n");
            boolean killed = r.verdict() == Verdict.FAILED
                    || r.verdict() == Verdict.NOT_VERIFIED && inLab && !LabRun.capabilities().canOpen();
            if (!killed) {
                survivors.add(m.getSimpleName() + " on " + b.value() + ": " + r.verdict() + " (" + r.reason() + ")");
            }
            if (r.verdict() == Verdict.FAILED) {
                assertThat(r.counterexample().message()).as(m.getSimpleName()).contains(b.value());
                assertThat(r.replay() != null || r.counterexample().calls().isEmpty()).isTrue();
            }
        }
        Path out = Path.of("target", "kill-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, matrix.toString());
        System.out.println("Kill matrix (mutant x clause):\n" + matrix);
        assertThat(survivors).as("mutants the kit did not kill").isEmpty();
    }
}
