package dev.rendezvous.tck.checks.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import dev.rendezvous.tck.run.RunOptions;
import org.junit.jupiter.api.Test;

/**
 * RENDEZVOUS-UNRELATED-PROCESS judges the client process by its answer on standard output, not
 * by whatever else its JVM prints: a JDK 22+ JVM warns on standard error when an implementation
 * first calls native code without {@code --enable-native-access}, and that alone must not make a
 * working implementation fail.
 */
class UnrelatedProcessOutputTest {
    private static final String CLAUSE = "RENDEZVOUS-UNRELATED-PROCESS";
    private static final RunOptions ONE_TRY = RunOptions.defaults().withTries(1);

    @Test
    void the_answers_are_the_lines_that_start_with_ok_among_other_output_in_order() {
        String out = "chatty stack loaded\nOK 0100 0a0b\nlog line\nOK 0a00 0c\nsomething printed at exit\n";
        assertThat(UnrelatedProcessConnects.answers(out)).containsExactly("OK 0100 0a0b", "OK 0a00 0c");
    }

    @Test
    void an_err_answer_is_found_too_and_output_without_an_answer_has_none() {
        assertThat(UnrelatedProcessConnects.answers("banner\r\nERR connect failed\n"))
                .containsExactly("ERR connect failed");
        assertThat(UnrelatedProcessConnects.answers("  no answer at all\nsecond line \n"))
                .isEmpty();
    }

    @Test
    void a_client_whose_jvm_prints_warnings_still_rendezvous() {
        ClauseResult r = Kit.clause(CLAUSE, ChattyStack.class, ONE_TRY);
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.PASSED);
        assertThat(r.cases())
                .as("one try of each property, every claimed family in it: the other process as client, as server")
                .isEqualTo(2);
    }

    @Test
    void a_client_that_cannot_reach_the_server_fails_the_clause_with_its_answer_and_its_standard_error() {
        ClauseResult r = Kit.clause(CLAUSE, ChattyStackReachingOnlyItsOwnProcess.class, ONE_TRY);
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.FAILED);
        assertThat(r.counterexample().message())
                .contains("could not rendezvous")
                .contains("ERR ")
                .contains("ECONNREFUSED")
                .contains("no listener of this process")
                .contains("its standard error: " + ChattyStack.WARNING);
    }

    @Test
    void the_server_process_answers_are_found_among_other_output_and_an_early_end_says_what_came_last()
            throws Exception {
        java.io.BufferedReader out =
                new java.io.BufferedReader(new java.io.StringReader("banner\nLISTENING 0100\nlog line\nOK 0a0b\n"));
        assertThat(UnrelatedProcessServes.answer(out, "LISTENING ")).isEqualTo("LISTENING 0100");
        assertThat(UnrelatedProcessServes.answer(out, "OK ")).isEqualTo("OK 0a0b");
        assertThat(UnrelatedProcessServes.answer(out, "OK ")).isEqualTo("the output ended: (no output)");
        assertThat(UnrelatedProcessServes.answer(
                        new java.io.BufferedReader(new java.io.StringReader("ERR bind failed\n")), "LISTENING "))
                .isEqualTo("ERR bind failed");
        assertThat(UnrelatedProcessServes.answer(
                        new java.io.BufferedReader(new java.io.StringReader("only this\n")), "OK "))
                .isEqualTo("the output ended: only this");
    }
}
