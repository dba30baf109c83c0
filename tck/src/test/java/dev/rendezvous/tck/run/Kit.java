package dev.rendezvous.tck.run;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import java.util.List;
import java.util.Set;

/** Runs clauses of the kit against an implementation class, for the kit's own tests. */
public final class Kit {
    /** The tries the kit's own tests use: enough to find the mutants, quick enough for every build. */
    public static final int TEST_TRIES = 12;

    private Kit() {}

    /** The verdict of one clause against an implementation. */
    public static ClauseResult clause(String clauseId, Class<? extends SocketStack> stack) {
        return clause(clauseId, stack, RunOptions.defaults().withTries(TEST_TRIES));
    }

    /** The verdict of one clause against an implementation, with these options; lab clauses run inside the lab. */
    public static ClauseResult clause(String clauseId, Class<? extends SocketStack> stack, RunOptions options) {
        RunOptions o = options.withStackClass(stack.getName()).withClauseIds(Set.of(clauseId));
        try (KitSession s = KitSession.open(o)) {
            Clause clause = Catalogue.require(clauseId);
            s.startLab(List.of(clause));
            return s.verdict(clause);
        }
    }

    /** Replays a token against an implementation: the verdict of that one case. */
    public static ClauseResult replay(String token, Class<? extends SocketStack> stack) {
        RunOptions o = RunOptions.defaults().withStackClass(stack.getName()).withReplayToken(token);
        try (KitSession s = KitSession.open(o)) {
            return s.run(s.clauses().get(0));
        }
    }
}
