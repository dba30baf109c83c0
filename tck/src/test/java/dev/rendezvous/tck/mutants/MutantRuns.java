package dev.rendezvous.tck.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import dev.rendezvous.tck.run.KitSession;
import dev.rendezvous.tck.run.RunOptions;
import java.time.Duration;

/** Runs clauses of the kit against its deliberately broken implementations and against the reference. */
final class MutantRuns {
    /**
     * A short event deadline: a mutant that makes a call hang fails within a second, and shrinking
     * its case stays cheap. Loopback events come far sooner.
     */
    static final Knobs QUICK = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(1), 1.0);

    private MutantRuns() {}

    /**
     * Runs the clause the mutant's {@link Breaks} names and asserts that it FAILED: the message
     * names the clause and its sentence and holds {@code inMessage} (what the shrunk case shows),
     * the case's calls are listed, and its replay token fails again.
     */
    static ClauseResult assertKilled(Class<? extends SocketStack> mutant, String... inMessage) {
        return assertKilledOn(mutant.getAnnotation(Breaks.class).value(), mutant, inMessage);
    }

    /** As {@link #assertKilled}, on a clause the mutant breaks besides the one it names. */
    static ClauseResult assertKilledOn(String clauseId, Class<? extends SocketStack> mutant, String... inMessage) {
        RunOptions quick = RunOptions.defaults().withTries(Kit.TEST_TRIES).withKnobs(QUICK);
        ClauseResult r = Kit.clause(clauseId, mutant, quick);
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.FAILED);
        assertThat(r.counterexample().message())
                .contains(clauseId)
                .contains(Catalogue.require(clauseId).quote())
                .contains(inMessage);
        assertThat(r.counterexample().calls()).isNotEmpty();
        assertThat(r.replay()).startsWith("rv1:" + clauseId + "/");
        try (KitSession s =
                KitSession.open(quick.withStackClass(mutant.getName()).withReplayToken(r.replay()))) {
            ClauseResult replayed = s.run(s.clauses().get(0));
            assertThat(replayed.verdict())
                    .as("replay of %s: %s", r.replay(), replayed.reason())
                    .isEqualTo(Verdict.FAILED);
        }
        return r;
    }

    /** The reference implementation keeps the clause. */
    static void assertReferencePasses(String clauseId) {
        ClauseResult r = Kit.clause(clauseId, NioSocketStack.class);
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.PASSED);
    }
}
