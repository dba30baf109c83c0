package dev.rendezvous.tck.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import org.junit.jupiter.api.Test;

class AcceptLengthClampedToOfferedTest {

    @Test
    void the_kit_fails_the_value_result_clause_with_a_shrunk_case_that_replays() {
        ClauseResult r = Kit.clause("ACCEPT-VALUE-RESULT", AcceptLengthClampedToOffered.class);

        assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(r.counterexample().message())
                .contains("ACCEPT-VALUE-RESULT")
                .contains("It is then modified on return to reflect the true size of the name.")
                .contains("set the length to");
        assertThat(r.counterexample().calls()).anyMatch(call -> call.startsWith("accept("));
        assertThat(r.replay()).startsWith("rv1:ACCEPT-VALUE-RESULT/");

        ClauseResult replayed = Kit.replay(r.replay(), AcceptLengthClampedToOffered.class);
        assertThat(replayed.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(beforeTheName(replayed.counterexample().message()))
                .isEqualTo(beforeTheName(r.counterexample().message()));
    }

    /** The message up to the name, whose port differs from run to run. */
    private static String beforeTheName(String message) {
        return message.substring(0, message.indexOf(", but the true size"));
    }

    @Test
    void the_reference_implementation_keeps_the_value_result_clause() {
        ClauseResult r = Kit.clause("ACCEPT-VALUE-RESULT", NioSocketStack.class);
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.PASSED);
    }
}
