package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_ANY_PORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Violation;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** bind in a call sequence: to a fresh name or to one in use; checked against the model, and what it changes. */
class BindStepTest {
    private static final int INET = AddressFamily.AF_INET;
    private static final int UNIX = AddressFamily.AF_UNIX;
    private static final long FRESH = 0;
    private static final long IN_USE = 1;
    private final BindStep bind = new BindStep();

    @Test
    void an_unbound_socket_takes_a_fresh_loopback_name() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);

        assertThat(s.run(bind, 0)).isTrue();

        assertThat(s.calls())
                .singleElement()
                .asString()
                .startsWith("bind(3, {AF_INET 127.0.0.1:0 ")
                .endsWith(" = 0");
        assertThat(t.state()).isEqualTo(SocketState.BOUND);
        assertThat(t.nameStatus()).isEqualTo(NameStatus.HELD);
        assertThat(t.bindRequest()).isEqualTo(LOOPBACK_ANY_PORT);
    }

    @Test
    void a_unix_socket_takes_a_fresh_path() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(UNIX);
        ModelSocket t = s.open(3);

        s.run(bind, 0);

        assertThat(t.bindRequest().unixPath())
                .startsWith("/tmp/rdv-model-test/")
                .endsWith("-p");
        assertThat(t.name().exact()).contains(t.bindRequest());
    }

    @Test
    void bind_to_a_name_an_open_socket_holds_must_give_eaddrinuse() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);
        ModelSocket t = s.open(4);
        s.stack.failing("bind", Errno.EADDRINUSE);

        assertThat(s.run(bind, 1, IN_USE, 0)).isTrue();

        assertThat(s.calls())
                .singleElement()
                .asString()
                .startsWith("bind(4, {AF_INET 127.0.0.1:40000 ")
                .endsWith("EADDRINUSE (98)");
        assertThat(t.state()).isEqualTo(SocketState.UNBOUND);
        assertThat(t.bindRequest()).isNull();
    }

    @Test
    void a_bind_that_takes_a_name_in_use_breaks_the_contract() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);
        s.open(4);

        assertThatThrownBy(() -> s.run(bind, 1, IN_USE, 0))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("step 1, bind on descriptor 4: the model allows only EADDRINUSE (98)")
                .hasMessageContaining("the name is held by descriptor 3");
    }

    @Test
    void a_name_in_use_that_the_model_knows_only_by_shape_is_asked_for_first() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_ANY_PORT);
        s.open(4);
        s.stack.naming(3, LOOPBACK_40000).failing("bind", Errno.EADDRINUSE);

        s.run(bind, 1, IN_USE, 0);

        assertThat(s.calls()).hasSize(2);
        assertThat(s.calls().get(0)).startsWith("getsockname(3, ");
        assertThat(s.calls().get(1)).startsWith("bind(4, {AF_INET 127.0.0.1:40000 ");
    }

    @Test
    void with_no_name_in_use_bind_takes_a_fresh_one() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3);

        s.run(bind, 0, IN_USE, 0);

        assertThat(s.calls()).singleElement().asString().startsWith("bind(3, {AF_INET 127.0.0.1:0 ");
    }

    @Test
    void a_failed_bind_after_a_released_port_leaves_any_address_possible() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);
        t.bound(LOOPBACK_ANY_PORT);
        t.connectFailed();
        s.stack.failing("bind", Errno.EINVAL);

        s.run(bind, 0);

        Sockaddr wildcard = Sockaddr.inet(InetAddress.getByName("0.0.0.0"), 40000);
        assertThat(t.name().mismatch(wildcard)).isEmpty();
        assertThat(t.state()).isEqualTo(SocketState.BOUND);
    }

    @Test
    void a_unix_client_bound_after_connecting_may_show_its_new_name_to_the_accepted_socket() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(UNIX);
        ModelSocket l = s.open(3);
        l.bound(Sockets.PATH);
        l.listening(2);
        ModelSocket c = s.open(4);
        c.connected(NameRule.exactly(Sockets.PATH), l);
        ModelSocket a = s.model().accepted(5, l, Sockaddr.unnamedUnix(), "accept in step 4");
        ModelSocket other = s.open(6);
        other.connected(NameRule.exactly(Sockets.PATH), null);
        other.learnPeer(Sockets.PATH);

        assertThat(s.run(bind, 1)).isTrue();

        assertThat(c.state()).isEqualTo(SocketState.CONNECTED);
        assertThat(c.nameStatus()).isEqualTo(NameStatus.HELD);
        assertThat(a.peer().isExact()).isFalse();
        assertThat(a.peer().mismatch(c.bindRequest())).isEmpty();
        assertThat(other.peer().exact())
                .as("a socket not accepted from that listener")
                .contains(Sockets.PATH);
        assertThat(c.peer().exact()).contains(Sockets.PATH);
    }

    @Test
    void a_closed_descriptor_must_give_ebadf_and_stays_closed() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);
        t.closed(1);
        s.stack.failing("bind", Errno.EBADF);

        assertThat(s.run(bind, 0)).isTrue();

        assertThat(t.state()).isEqualTo(SocketState.CLOSED);
        assertThat(t.bindRequest()).isNull();
    }

    @Test
    void bind_is_meant_for_unbound_sockets_and_drawn_more_where_one_is_open() {
        ScriptedSequence unbound = ScriptedSequence.of(INET);
        ModelSocket u = unbound.open(3);
        ScriptedSequence bound = ScriptedSequence.of(INET);
        ModelSocket b = bound.open(3);
        b.bound(LOOPBACK_40000);

        assertThat(BindStep.fits(u)).isTrue();
        assertThat(BindStep.fits(b)).isFalse();
        assertThat(bind.weight(unbound.model())).isGreaterThan(bind.weight(bound.model()));
        assertThat(bind.weight(bound.model())).isPositive();
    }

    @Test
    void the_name_in_use_is_drawn_among_the_names_bound() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);
        s.open(4).bound(Sockets.LOOPBACK_40001);
        s.open(5);
        s.stack.failing("bind", Errno.EADDRINUSE);

        s.run(bind, 2, IN_USE, 99);

        assertThat(s.calls()).singleElement().asString().startsWith("bind(5, {AF_INET 127.0.0.1:40001 ");
    }
}
