package dev.rendezvous.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Feature;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import dev.rendezvous.tck.run.RunOptions;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference implementation keeps the state machine, over many more sequences than a default run. */
class StateMachineOnTheReferenceTest {
    private static final String CLAUSE = "CONNECTION-ASYMMETRIC";

    /** The reference implementation, claiming no non-blocking mode: an accept that would block is never made. */
    public static final class BlockingOnly extends ForwardingStack {
        @Override
        public Set<Feature> features() {
            Set<Feature> f = EnumSet.copyOf(target.features());
            f.remove(Feature.NONBLOCKING);
            return f;
        }
    }

    @Test
    void the_reference_implementation_follows_the_state_machine() {
        ClauseResult r =
                Kit.clause(CLAUSE, NioSocketStack.class, RunOptions.defaults().withTries(300));

        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.PASSED);
        assertThat(r.reason()).contains("state-machine (INET 100, INET6 100, UNIX 100)");
    }

    @Test
    void without_non_blocking_mode_no_step_blocks_either() {
        ClauseResult r =
                Kit.clause(CLAUSE, BlockingOnly.class, RunOptions.defaults().withTries(100));

        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.PASSED);
        assertThat(r.reason()).contains("state-machine (INET 34, INET6 33, UNIX 33)");
    }
}
