package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40001;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Families;
import dev.rendezvous.tck.check.Violation;
import org.junit.jupiter.api.Test;

/**
 * connect in a call sequence: to a listener with room, to a name nothing listens at (held by
 * the kit's own socket), or to the socket's own name; checked against the model, and what it
 * changes in the model.
 */
class ConnectStepTest {
    private static final int INET = AddressFamily.AF_INET;
    /** The kit's socket holding the name nothing listens at gets this descriptor and name. */
    private static final int HOLDER = 10;

    private static final Sockaddr LOOPBACK_40002 = Sockaddr.inet(Families.loopback(INET), 40002);

    private final ConnectStep connect = new ConnectStep();

    /** Descriptor 3 listening at 127.0.0.1:40000 (backlog 2), descriptor 4 unbound. */
    private static ScriptedSequence listenerAndClient() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket l = s.open(3);
        l.bound(LOOPBACK_40000);
        l.listening(2);
        s.open(4);
        s.stack.handingOut(HOLDER).naming(HOLDER, LOOPBACK_40001);
        return s;
    }

    @Test
    void a_socket_connects_to_a_listener_with_room_and_takes_a_place_in_its_backlog() throws Exception {
        ScriptedSequence s = listenerAndClient();
        ModelSocket l = s.model().targets().get(0);
        ModelSocket c = s.model().targets().get(1);

        assertThat(s.run(connect, ConnectStep.TO_LISTENER, 0, 1)).isTrue();

        assertThat(s.calls()).singleElement().asString().startsWith("connect(4, {AF_INET 127.0.0.1:40000 ");
        assertThat(c.state()).isEqualTo(SocketState.CONNECTED);
        assertThat(c.peer().exact()).contains(LOOPBACK_40000);
        assertThat(c.via()).isSameAs(l);
        assertThat(l.pending()).isEqualTo(1);
    }

    @Test
    void a_refused_connect_to_a_listener_breaks_the_contract() {
        ScriptedSequence s = listenerAndClient();
        s.stack.failing("connect", Errno.ECONNREFUSED);

        assertThatThrownBy(() -> s.run(connect, ConnectStep.TO_LISTENER, 0, 1))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("step 1, connect on descriptor 4: the model allows only success")
                .hasMessageContaining("listens at the name with 0 of at least 2 connections pending");
    }

    @Test
    void without_a_listener_with_room_connect_goes_to_a_name_the_kit_holds_without_listen() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket c = s.open(3);
        s.stack.handingOut(HOLDER).naming(HOLDER, LOOPBACK_40001).failing("connect", Errno.ECONNREFUSED);

        assertThat(s.run(connect, ConnectStep.TO_LISTENER, 0)).isTrue();

        assertThat(s.calls()).hasSize(4);
        assertThat(s.calls().get(0)).isEqualTo("socket(AF_INET, SOCK_STREAM) = 10");
        assertThat(s.calls().get(1)).startsWith("bind(10, {AF_INET 127.0.0.1:0 ");
        assertThat(s.calls().get(2)).startsWith("getsockname(10, ");
        assertThat(s.calls().get(3))
                .startsWith("connect(3, {AF_INET 127.0.0.1:40001 ")
                .endsWith("ECONNREFUSED (111)");
        assertThat(s.sequence.refusedHolder().fd()).isEqualTo(HOLDER);
        assertThat(s.model().targets()).as("the kit's own socket is no target").hasSize(2);
        assertThat(c.state()).isEqualTo(SocketState.UNBOUND);
        assertThat(c.nameStatus())
                .as("a failed connect leaves a name shown, not held")
                .isEqualTo(NameStatus.SHOWN);
    }

    @Test
    void a_connect_that_succeeds_where_nothing_listens_breaks_the_contract() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3);
        s.stack.handingOut(HOLDER).naming(HOLDER, LOOPBACK_40001);

        assertThatThrownBy(() -> s.run(connect, ConnectStep.TO_REFUSED, 0))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("the model allows only ECONNREFUSED (111)")
                .hasMessageContaining("nothing listens at the name: descriptor 10 (the kit's, holding a name");
    }

    @Test
    void the_name_nothing_listens_at_is_made_once_per_sequence() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3);
        s.open(4);
        s.stack.handingOut(HOLDER).naming(HOLDER, LOOPBACK_40001).failing("connect", Errno.ECONNREFUSED);

        s.run(connect, ConnectStep.TO_REFUSED, 0);
        s.run(connect, ConnectStep.TO_REFUSED, 1);

        assertThat(s.calls()).filteredOn(c -> c.startsWith("socket(")).hasSize(1);
        assertThat(s.calls())
                .filteredOn(c -> c.startsWith("connect("))
                .hasSize(2)
                .allMatch(c -> c.contains(":40001 "));
    }

    @Test
    void a_bound_socket_may_connect_to_its_own_name_over_tcp() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket c = s.open(3);
        c.bound(LOOPBACK_40002);
        s.stack.handingOut(HOLDER).naming(HOLDER, LOOPBACK_40001);

        assertThat(s.run(connect, ConnectStep.TO_OWN_NAME, 0)).isTrue();

        assertThat(s.calls()).last().asString().startsWith("connect(3, {AF_INET 127.0.0.1:40002 ");
        assertThat(c.state()).isEqualTo(SocketState.CONNECTED);
        assertThat(c.peer().exact()).contains(LOOPBACK_40002);
        assertThat(c.via()).isNull();
    }

    @Test
    void connect_to_its_own_name_refused_keeps_a_port_bind_gave() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket c = s.open(3);
        c.bound(LOOPBACK_40002);
        s.stack.handingOut(HOLDER).naming(HOLDER, LOOPBACK_40001).failing("connect", Errno.ECONNREFUSED);

        assertThat(s.run(connect, ConnectStep.TO_OWN_NAME, 0)).isTrue();

        assertThat(c.state()).isEqualTo(SocketState.BOUND);
        assertThat(c.nameStatus()).isEqualTo(NameStatus.HELD);
        assertThat(c.name().exact()).contains(LOOPBACK_40002);
    }

    @Test
    void a_socket_without_a_name_of_its_own_connects_to_the_refused_name_instead() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3);
        s.stack.handingOut(HOLDER).naming(HOLDER, LOOPBACK_40001).failing("connect", Errno.ECONNREFUSED);

        s.run(connect, ConnectStep.TO_OWN_NAME, 0);

        assertThat(s.calls()).last().asString().startsWith("connect(3, {AF_INET 127.0.0.1:40001 ");
    }

    @Test
    void on_a_closed_descriptor_connect_goes_to_the_refused_name_and_must_give_ebadf() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket c = s.open(3);
        c.bound(LOOPBACK_40002);
        c.closed(1);
        s.stack.handingOut(HOLDER).naming(HOLDER, LOOPBACK_40001).failing("connect", Errno.EBADF);

        assertThat(s.run(connect, ConnectStep.TO_OWN_NAME, 0)).isTrue();

        assertThat(s.calls())
                .last()
                .asString()
                .startsWith("connect(3, {AF_INET 127.0.0.1:40001 ")
                .endsWith("EBADF (9)");
        assertThat(c.state()).isEqualTo(SocketState.CLOSED);
    }

    @Test
    void a_connected_socket_refused_elsewhere_stays_connected_with_its_name() throws Exception {
        ScriptedSequence s = listenerAndClient();
        ModelSocket l = s.model().targets().get(0);
        ModelSocket c = s.model().targets().get(1);
        c.bound(LOOPBACK_40002);
        c.connected(NameRule.exactly(LOOPBACK_40000), l);
        s.stack.failing("connect", Errno.ECONNREFUSED);

        assertThat(s.run(connect, ConnectStep.TO_REFUSED, 1)).isTrue();

        assertThat(c.state()).isEqualTo(SocketState.CONNECTED);
        assertThat(c.peer().exact()).contains(LOOPBACK_40000);
        assertThat(c.nameStatus()).isEqualTo(NameStatus.HELD);
        assertThat(l.pending()).isEqualTo(1);
    }

    @Test
    void a_listening_socket_that_refuses_to_connect_keeps_listening_with_its_name() throws Exception {
        ScriptedSequence s = listenerAndClient();
        ModelSocket l = s.model().targets().get(0);
        s.stack.failing("connect", Errno.EINVAL);

        assertThat(s.run(connect, ConnectStep.TO_REFUSED, 0)).isTrue();

        assertThat(l.state()).isEqualTo(SocketState.LISTENING);
        assertThat(l.nameStatus()).isEqualTo(NameStatus.HELD);
        assertThat(l.name().exact()).contains(LOOPBACK_40000);
    }

    @Test
    void connect_is_meant_for_sockets_neither_listening_nor_connected() {
        ScriptedSequence s = listenerAndClient();
        ModelSocket l = s.model().targets().get(0);
        ModelSocket unbound = s.model().targets().get(1);
        ModelSocket bound = Sockets.bound(LOOPBACK_40002);

        assertThat(ConnectStep.fits(unbound)).isTrue();
        assertThat(ConnectStep.fits(bound)).isTrue();
        assertThat(ConnectStep.fits(l)).isFalse();
        assertThat(ConnectStep.fits(Sockets.connectedTo(l))).isFalse();
    }

    @Test
    void connect_is_drawn_more_where_a_socket_can_connect_to_a_listener_with_room() {
        ScriptedSequence both = listenerAndClient();
        ScriptedSequence boundClient = ScriptedSequence.of(INET);
        ModelSocket l = boundClient.open(3);
        l.bound(LOOPBACK_40000);
        l.listening(1);
        boundClient.open(4).bound(LOOPBACK_40002);
        ScriptedSequence noListener = ScriptedSequence.of(INET);
        noListener.open(4);
        ScriptedSequence noClient = ScriptedSequence.of(INET);
        ModelSocket only = noClient.open(3);
        only.bound(LOOPBACK_40000);
        only.listening(1);

        int fitting = connect.weight(both.model());
        assertThat(connect.weight(boundClient.model())).isEqualTo(fitting);
        assertThat(connect.weight(noListener.model())).isLessThan(fitting).isPositive();
        assertThat(connect.weight(noClient.model())).isLessThan(fitting).isPositive();
    }

    @Test
    void the_listener_connected_to_is_drawn_among_those_with_room() throws Exception {
        ScriptedSequence s = listenerAndClient();
        ModelSocket second = s.open(5);
        second.bound(LOOPBACK_40002);
        second.listening(1);

        s.run(connect, ConnectStep.TO_LISTENER, 99, 1);

        assertThat(s.calls()).singleElement().asString().startsWith("connect(4, {AF_INET 127.0.0.1:40002 ");
        assertThat(second.pending()).isEqualTo(1);
    }
}
