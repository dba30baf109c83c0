package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40001;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.check.Violation;
import org.junit.jupiter.api.Test;

/** accept in a call sequence: only where it cannot block, checked against the model, and what it changes in the model. */
class AcceptStepTest {
    private static final int INET = AddressFamily.AF_INET;
    private final AcceptStep accept = new AcceptStep();

    /** Descriptor 3 listening at 127.0.0.1:40000 with a backlog of 2; descriptor 4 connected to it. */
    private static ModelSocket listenerWithAClient(ScriptedSequence s) {
        ModelSocket l = s.open(3);
        l.bound(LOOPBACK_40000);
        l.listening(2);
        s.open(4).connected(NameRule.exactly(LOOPBACK_40000), l);
        return l;
    }

    private static ModelSocket idleListener(ScriptedSequence s) {
        ModelSocket l = s.open(3);
        l.bound(LOOPBACK_40000);
        l.listening(2);
        return l;
    }

    @Test
    void accept_on_a_listener_with_a_connection_pending_gives_a_new_connected_socket_named_as_the_listener()
            throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket l = listenerWithAClient(s);
        s.stack.acceptingFrom(LOOPBACK_40001).handingOut(5);

        assertThat(s.run(accept)).isTrue();

        assertThat(s.calls()).singleElement().asString().startsWith("accept(3, buf[111], &len=111) = 5");
        assertThat(l.pending()).isZero();
        assertThat(s.model().isOpen(5)).isTrue();
        ModelSocket a = s.model().targets().get(2);
        assertThat(a.fd()).isEqualTo(5);
        assertThat(a.state()).isEqualTo(SocketState.CONNECTED);
        assertThat(a.peer().exact()).contains(LOOPBACK_40001);
        assertThat(a.name().exact()).contains(LOOPBACK_40000);
        assertThat(a.via()).isSameAs(l);
    }

    @Test
    void a_descriptor_accept_returns_must_not_be_open_already() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        listenerWithAClient(s);
        s.stack.acceptingFrom(LOOPBACK_40001).handingOut(4);

        assertThatThrownBy(() -> s.run(accept))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("step 1, accept on descriptor 3: returned descriptor 4, which is open already");
    }

    @Test
    void the_clients_name_must_be_of_the_listeners_family() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        listenerWithAClient(s);
        s.stack.acceptingFrom(Sockets.PATH).handingOut(5);

        assertThatThrownBy(() -> s.run(accept))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("the client's name is of the family AF_UNIX, the listener's is AF_INET");
    }

    @Test
    void accept_on_a_socket_that_is_not_listening_must_give_einval_and_changes_nothing() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);
        s.stack.failing("accept", Errno.EINVAL);

        assertThat(s.run(accept)).isTrue();

        assertThat(s.calls())
                .singleElement()
                .asString()
                .startsWith("accept(3, ")
                .contains("EINVAL");
        assertThat(s.model().targets()).hasSize(2);
    }

    @Test
    void accept_that_succeeds_on_a_socket_that_is_not_listening_breaks_the_contract() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);
        s.stack.acceptingFrom(LOOPBACK_40001);

        assertThatThrownBy(() -> s.run(accept))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("the model allows only EINVAL")
                .hasMessageContaining("is not listening");
    }

    @Test
    void on_an_idle_listener_a_blocking_only_implementation_is_not_called() throws Exception {
        ScriptedSequence s = ScriptedSequence.blockingOnly(INET);
        idleListener(s);

        assertThat(s.run(accept)).isFalse();

        assertThat(s.calls()).isEmpty();
    }

    @Test
    void on_an_idle_listener_accept_is_made_in_non_blocking_mode_and_must_give_eagain() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket l = idleListener(s);
        s.stack.failing("accept", Errno.EAGAIN);

        assertThat(s.run(accept)).isTrue();

        assertThat(s.calls())
                .containsExactly(
                        "fcntl(3, F_SETFL, O_NONBLOCK) = 0",
                        "accept(3, NULL, NULL) -> EAGAIN (11)",
                        "fcntl(3, F_SETFL, 0) = 0");
        assertThat(l.state()).isEqualTo(SocketState.LISTENING);
        assertThat(s.model().targets()).hasSize(2);
    }

    @Test
    void a_connection_accepted_from_an_idle_listener_breaks_the_contract() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        idleListener(s);
        s.stack.acceptingFrom(LOOPBACK_40001);

        assertThatThrownBy(() -> s.run(accept))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("non-blocking accept on descriptor 3")
                .hasMessageContaining("the model allows only EAGAIN")
                .hasMessageContaining("nothing is pending");
    }

    @Test
    void accept_is_drawn_most_where_a_connection_waits_then_on_an_idle_listener_then_elsewhere() {
        ScriptedSequence waiting = ScriptedSequence.of(INET);
        listenerWithAClient(waiting);
        ScriptedSequence idle = ScriptedSequence.of(INET);
        idleListener(idle);
        ScriptedSequence none = ScriptedSequence.of(INET);
        none.open(3).bound(LOOPBACK_40000);
        ScriptedSequence closed = ScriptedSequence.of(INET);
        listenerWithAClient(closed).closed(2);

        int withPending = accept.weight(waiting.model());
        int withIdle = accept.weight(idle.model());
        int without = accept.weight(none.model());

        assertThat(withPending).isGreaterThan(withIdle);
        assertThat(withIdle).isGreaterThan(without);
        assertThat(without).isPositive();
        assertThat(accept.weight(closed.model())).isEqualTo(without);
    }

    @Test
    void a_target_is_preferred_where_a_connection_waits_then_where_it_listens() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket waiting = listenerWithAClient(s);
        ModelSocket client = s.model().targets().get(1);
        ModelSocket idle = ScriptedSequence.of(INET).open(3);
        idle.bound(LOOPBACK_40001);
        idle.listening(1);

        assertThat(AcceptStep.preference(waiting)).isGreaterThan(AcceptStep.preference(idle));
        assertThat(AcceptStep.preference(idle)).isGreaterThan(AcceptStep.preference(client));
        assertThat(AcceptStep.preference(client)).isPositive();
    }
}
