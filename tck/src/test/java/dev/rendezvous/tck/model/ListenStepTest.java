package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_ANY_PORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.check.Violation;
import org.junit.jupiter.api.Test;

/** listen in a call sequence: never where it would listen on every interface; checked against the model. */
class ListenStepTest {
    private static final int INET = AddressFamily.AF_INET;
    private static final int UNIX = AddressFamily.AF_UNIX;
    private final ListenStep listen = new ListenStep();

    @Test
    void a_bound_socket_listens_with_the_drawn_backlog() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);
        t.bound(LOOPBACK_40000);

        assertThat(s.run(listen, 0, 2)).isTrue();

        assertThat(s.calls()).containsExactly("listen(3, 3) = 0");
        assertThat(t.state()).isEqualTo(SocketState.LISTENING);
        assertThat(t.room()).isEqualTo(3);
    }

    @Test
    void backlogs_run_from_1_to_the_largest() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);

        s.run(listen, 0, 0);
        s.run(listen, 0, 1000);

        assertThat(s.calls()).containsExactly("listen(3, 1) = 0", "listen(3, " + ListenStep.MAX_BACKLOG + ") = 0");
    }

    @Test
    void a_bound_socket_that_refuses_to_listen_breaks_the_contract() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);
        s.stack.failing("listen", Errno.EINVAL);

        assertThatThrownBy(() -> s.run(listen, 0))
                .isInstanceOf(Violation.class)
                .hasMessageContaining(
                        "step 1, listen on descriptor 3: the model allows only success, because descriptor 3");
    }

    @Test
    void an_internet_socket_bound_again_after_a_failed_connect_may_refuse_to_listen() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);
        t.connectFailed();
        t.bound(LOOPBACK_40000);
        s.stack.failing("listen", Errno.EINVAL);

        assertThat(s.run(listen, 0)).isTrue();

        assertThat(s.calls()).containsExactly("listen(3, 1) -> EINVAL (22)");
        assertThat(t.state()).isEqualTo(SocketState.BOUND);
        assertThat(ListenStep.allowed(t).describe()).isEqualTo("success or EINVAL (22): Invalid argument");
        assertThat(ListenStep.allowed(t).because()).contains("a connect of it failed before");
    }

    @Test
    void a_unix_socket_bound_after_a_failed_connect_must_still_listen() {
        ScriptedSequence s = ScriptedSequence.of(UNIX);
        ModelSocket t = s.open(3);
        t.connectFailed();
        t.bound(Sockets.PATH);
        s.stack.failing("listen", Errno.EINVAL);

        assertThatThrownBy(() -> s.run(listen, 0))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("the model allows only success");
    }

    @Test
    void an_internet_socket_without_a_name_is_never_made_to_listen() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3);
        ModelSocket released = s.open(4);
        released.bound(LOOPBACK_ANY_PORT);
        released.connectFailed();
        ModelSocket closedUnbound = s.open(5);
        closedUnbound.closed(1);

        assertThat(s.run(listen, 0)).isFalse();
        assertThat(s.run(listen, 1))
                .as("its port was released by a failed connect")
                .isFalse();
        assertThat(s.run(listen, 2)).as("closed, it counts as it was").isFalse();

        assertThat(s.calls()).isEmpty();
        assertThat(s.model().targets().get(0).state()).isEqualTo(SocketState.UNBOUND);
    }

    @Test
    void a_connected_internet_socket_is_made_to_listen_and_must_refuse() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket c = s.open(3);
        c.connected(NameRule.exactly(LOOPBACK_40000), null);
        s.stack.failing("listen", Errno.EINVAL);

        assertThat(s.run(listen, 0)).isTrue();

        assertThat(s.calls()).containsExactly("listen(3, 1) -> EINVAL (22)");
        assertThat(c.state()).isEqualTo(SocketState.CONNECTED);
    }

    @Test
    void a_listening_internet_socket_listens_again() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket l = s.open(3);
        l.bound(LOOPBACK_ANY_PORT);
        l.connectFailed();
        l.listening(4);

        assertThat(s.run(listen, 0, 1)).isTrue();

        assertThat(s.calls()).containsExactly("listen(3, 2) = 0");
        assertThat(l.room()).isEqualTo(2);
    }

    @Test
    void a_number_never_opened_is_made_to_listen_and_must_give_ebadf() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.stack.failing("listen", Errno.EBADF);

        assertThat(s.run(listen, 0)).isTrue();

        assertThat(s.calls()).containsExactly("listen(" + SocketModel.NEVER_OPENED + ", 1) -> EBADF (9)");
    }

    @Test
    void an_unnamed_unix_socket_is_made_to_listen_and_must_give_einval() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(UNIX);
        ModelSocket t = s.open(3);
        s.stack.failing("listen", Errno.EINVAL);

        assertThat(s.run(listen, 0)).isTrue();

        assertThat(s.calls()).containsExactly("listen(3, 1) -> EINVAL (22)");
        assertThat(t.state()).isEqualTo(SocketState.UNBOUND);
    }

    @Test
    void listen_is_meant_for_bound_sockets_and_drawn_more_where_one_is_open() {
        ScriptedSequence bound = ScriptedSequence.of(INET);
        ModelSocket b = bound.open(3);
        b.bound(LOOPBACK_40000);
        ScriptedSequence unbound = ScriptedSequence.of(INET);
        ModelSocket u = unbound.open(3);
        ScriptedSequence closed = ScriptedSequence.of(INET);
        closed.open(3).bound(LOOPBACK_40000);
        closed.model().targets().get(0).closed(1);

        assertThat(ListenStep.fits(b)).isTrue();
        assertThat(ListenStep.fits(u)).isFalse();
        assertThat(listen.weight(bound.model())).isGreaterThan(listen.weight(unbound.model()));
        assertThat(listen.weight(closed.model())).isEqualTo(listen.weight(unbound.model()));
        assertThat(listen.weight(unbound.model())).isPositive();
    }
}
