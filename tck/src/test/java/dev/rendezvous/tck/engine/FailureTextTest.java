package dev.rendezvous.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.FailingCase;
import dev.rendezvous.tck.results.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed clause as the text of its test's failure. */
class FailureTextTest {
    private final Clause clause = Catalogue.require("ACCEPT-VALUE-RESULT");

    @Test
    void without_a_counterexample_it_is_the_clause_and_the_reason() {
        ClauseResult r = new ClauseResult(clause, Verdict.FAILED, "strict mode: not verified", 0, 0, null, null);

        assertThat(FailureText.of(r)).isEqualTo("ACCEPT-VALUE-RESULT: strict mode: not verified");
    }

    @Test
    void with_a_counterexample_it_is_the_sentence_the_shrunk_calls_the_detail_and_the_replay_token() {
        FailingCase x = new FailingCase(
                "ACCEPT-VALUE-RESULT/length",
                "the length was not updated",
                List.of("socket() = 3", "accept(3) = 4"),
                List.of(1L, 2L),
                5,
                "thread dump");
        ClauseResult r = new ClauseResult(clause, Verdict.FAILED, "broken", 9, 1, x, "TOKEN");

        assertThat(FailureText.of(r))
                .isEqualTo("the length was not updated\n"
                        + "shrunk case (ACCEPT-VALUE-RESULT/length):\n"
                        + "  socket() = 3\n"
                        + "  accept(3) = 4\n"
                        + "thread dump\n"
                        + "replay: TOKEN");
    }

    @Test
    void a_counterexample_without_calls_or_detail_is_its_message_alone() {
        FailingCase x = new FailingCase("ACCEPT-VALUE-RESULT", "it crashed", List.of(), List.of(), 0, null);
        ClauseResult r = new ClauseResult(clause, Verdict.FAILED, "crashed", 0, 0, x, null);

        assertThat(FailureText.of(r)).isEqualTo("it crashed");
    }
}
