package dev.rendezvous.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.mutants.ModelAcceptOnNonListening;
import dev.rendezvous.tck.mutants.ModelBindTwiceSucceeds;
import dev.rendezvous.tck.mutants.ModelCloseDoesNotRelease;
import dev.rendezvous.tck.mutants.ModelPeerNameWhenUnconnected;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each mutant breaks one transition of the state machine; the model-based property fails it
 * with the shortest sequence that shows the break, and the replay token gives the same failure.
 */
class StateMachineCatchesMutantsTest {
    private static final String CLAUSE = "CONNECTION-ASYMMETRIC";
    private static final String QUOTE =
            "Connection establishment is usually asymmetric, with one process a client and the other a server.";

    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of(
                        ModelBindTwiceSucceeds.class,
                        "bind on descriptor",
                        "the model allows only EINVAL",
                        "has a name already",
                        3),
                Arguments.of(
                        ModelPeerNameWhenUnconnected.class,
                        "getpeername on descriptor",
                        "the model allows only ENOTCONN",
                        "is not connected",
                        2),
                Arguments.of(
                        ModelAcceptOnNonListening.class,
                        "accept on descriptor",
                        "the model allows only EINVAL",
                        "is not listening",
                        2),
                Arguments.of(
                        ModelCloseDoesNotRelease.class,
                        "on descriptor",
                        "the model allows only EBADF",
                        "is not an open descriptor",
                        3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void the_property_fails_the_mutant_with_the_shortest_sequence_and_the_token_replays_it(
            Class<? extends SocketStack> mutant, String step, String expectation, String because, int calls) {
        ClauseResult r = Kit.clause(CLAUSE, mutant);

        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.FAILED);
        String message = r.counterexample().message();
        assertThat(message)
                .contains(CLAUSE)
                .contains(QUOTE)
                .contains(step)
                .contains(expectation)
                .contains(because)
                .containsPattern("step [0-9]+, ");
        assertThat(r.counterexample().calls()).as(message).hasSizeLessThanOrEqualTo(calls);
        assertThat(r.replay()).startsWith("rv1:" + CLAUSE + "/state-machine:");

        ClauseResult replayed = Kit.replay(r.replay(), mutant);
        assertThat(replayed.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(beforeTheCall(replayed.counterexample().message())).isEqualTo(beforeTheCall(message));
        assertThat(replayed.counterexample().calls())
                .hasSameSizeAs(r.counterexample().calls());
    }

    /**
     * The message up to the call's bytes, whose names (ports, paths) differ from run to run, with
     * descriptor numbers left out: a stack may hand out other numbers in a new session.
     */
    private static String beforeTheCall(String message) {
        return message.substring(0, message.indexOf(" — the call:")).replaceAll("descriptor [0-9]+", "descriptor #");
    }
}
