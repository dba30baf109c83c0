package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40001;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_ANY_PORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.property.Choices;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A call sequence: steps drawn one group at a time, numbered by the calls they make, every socket closed at the end. */
class CallSequenceTest {
    private static final int INET = AddressFamily.AF_INET;
    private static final long GO_ON = 1;
    private static final long STOP = 0;
    private static final long SOCKET = 0;
    private static final long LISTEN = 2;
    private static final long GETSOCKNAME = 5;

    @Test
    void a_sequence_told_to_stop_at_once_makes_no_call() throws Exception {
        ScriptedSequence s = ScriptedSequence.drawing(INET, STOP);

        s.sequence.run();

        assertThat(s.calls()).isEmpty();
    }

    @Test
    void a_socket_step_opens_a_socket_and_the_end_closes_it() throws Exception {
        ScriptedSequence s = ScriptedSequence.drawing(INET, GO_ON, SOCKET, STOP);

        s.sequence.run();

        assertThat(s.calls()).containsExactly("socket(AF_INET, SOCK_STREAM) = 3", "close(3) = 0");
        assertThat(s.model().socketCalls()).isEqualTo(1);
        assertThat(s.model().openSockets()).isEmpty();
        assertThat(s.model().targets().get(0).describe())
                .as("the closes at the end are one more step")
                .isEqualTo("descriptor 3 (socket in step 1, closed in step 2)");
    }

    @Test
    void a_sequence_runs_at_most_its_number_of_steps() throws Exception {
        List<Long> draws = new ArrayList<>();
        for (int i = 0; i < CallSequence.MAX_STEPS + 5; i++) {
            draws.addAll(List.of(GO_ON, GETSOCKNAME, 0L));
        }
        ScriptedSequence s = ScriptedSequence.drawing(
                INET, draws.stream().mapToLong(Long::longValue).toArray());
        s.stack.failing("getsockname", Errno.EBADF);

        s.sequence.run();

        assertThat(s.calls()).hasSize(CallSequence.MAX_STEPS).allMatch(c -> c.startsWith("getsockname(1048576, "));
        assertThat(s.sequence.stepNumber()).isEqualTo(CallSequence.MAX_STEPS);
    }

    @Test
    void a_violation_names_the_step_counting_only_steps_that_made_a_call() {
        // socket; listen on the unbound Internet socket (skipped); getsockname on the number never opened
        ScriptedSequence s = ScriptedSequence.drawing(INET, GO_ON, SOCKET, GO_ON, LISTEN, 0, 0, GO_ON, GETSOCKNAME, 1);
        s.stack.naming(SocketModel.NEVER_OPENED, LOOPBACK_40000);

        assertThatThrownBy(() -> s.sequence.run())
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("step 2, getsockname on descriptor 1048576: the model allows only EBADF (9)")
                .hasMessageContaining("because descriptor 1048576 (never opened) is not an open descriptor")
                .hasMessageContaining("it succeeded — the call: getsockname(1048576, buf[111], &len=111)");
    }

    @Test
    void a_new_descriptor_must_differ_from_every_open_one() {
        ScriptedSequence s = ScriptedSequence.drawing(INET, GO_ON, SOCKET);
        s.open(3);

        assertThatThrownBy(() -> s.sequence.run())
                .isInstanceOf(Violation.class)
                .hasMessage("step 1, socket: returned descriptor 3, which is open already;"
                        + " a new descriptor must be distinct from every open one");
    }

    @Test
    void every_socket_still_open_is_closed_at_the_end_the_kits_own_included() throws Exception {
        ScriptedSequence s = ScriptedSequence.drawing(INET, STOP);
        s.open(3);
        s.model().opened(4, true, "the kit's");
        s.open(5).closed(1);

        s.sequence.run();

        assertThat(s.calls()).containsExactly("close(3) = 0", "close(4) = 0");
        assertThat(s.model().openSockets()).isEmpty();
    }

    @Test
    void a_close_at_the_end_must_succeed() {
        ScriptedSequence s = ScriptedSequence.drawing(INET, STOP);
        s.open(3);
        s.stack.failing("close", Errno.EBADF);

        assertThatThrownBy(() -> s.sequence.run())
                .isInstanceOf(Violation.class)
                .hasMessageContaining("close at the end on descriptor 3: the model allows only success");
    }

    @Test
    void a_name_known_exactly_is_not_asked_for() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);
        t.bound(LOOPBACK_40000);

        assertThat(s.sequence.knownName(t, "(why)")).isEqualTo(LOOPBACK_40000);
        assertThat(s.calls()).isEmpty();
    }

    @Test
    void a_name_known_by_shape_is_asked_for_and_known_exactly_after() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);
        t.bound(LOOPBACK_ANY_PORT);
        s.stack.naming(3, LOOPBACK_40001);

        assertThat(s.sequence.knownName(t, "(why)")).isEqualTo(LOOPBACK_40001);
        assertThat(s.sequence.knownName(t, "(why)")).isEqualTo(LOOPBACK_40001);

        assertThat(s.calls()).singleElement().asString().startsWith("getsockname(3, ");
        assertThat(t.name().exact()).contains(LOOPBACK_40001);
    }

    @Test
    void the_name_of_a_closed_socket_known_only_by_shape_is_unknown() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);
        t.bound(LOOPBACK_ANY_PORT);
        t.closed(1);

        assertThat(s.sequence.knownName(t, "(why)")).isNull();
        assertThat(s.calls()).isEmpty();
    }

    @Test
    void a_name_given_back_must_fit_what_the_model_knows() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);
        s.stack.naming(3, LOOPBACK_40001);

        assertThatThrownBy(() -> s.run(new GetsocknameStep(), 0))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("step 1, getsockname on descriptor 3: expected AF_INET 127.0.0.1:40000")
                .hasMessageContaining("— the call: getsockname(3, ");
    }

    @Test
    void an_open_socket_is_drawn_by_its_fit_closed_and_never_opened_numbers_rarely() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket open = s.open(3);
        s.open(4).closed(1);
        Choices g = Choices.random(7);

        int drawnOpen = 0;
        for (int i = 0; i < 200; i++) {
            if (s.sequence.target(g, x -> 1000) == open) {
                drawnOpen++;
            }
        }

        assertThat(drawnOpen).isGreaterThan(190);
    }

    @Test
    void an_open_socket_that_does_not_fit_at_all_can_still_be_drawn() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket open = s.open(3);

        assertThat(s.sequence.target(Choices.replay(new long[] {0}), x -> 0)).isSameAs(open);
    }

    @Test
    void non_blocking_mode_is_used_only_where_the_implementation_claims_it() {
        assertThat(ScriptedSequence.of(INET).sequence.nonblocking()).isTrue();
        assertThat(ScriptedSequence.blockingOnly(INET).sequence.nonblocking()).isFalse();
    }

    @Test
    void a_sequence_told_to_stop_draws_nothing_more() throws Exception {
        ScriptedSequence s = ScriptedSequence.drawing(INET, GO_ON, SOCKET, STOP);

        s.sequence.run();

        assertThat(s.choices.recorded()).containsExactly(GO_ON, SOCKET, STOP);
    }
}
