package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40001;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_ANY_PORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import org.junit.jupiter.api.Test;

class ModelSocketTest {

    @Test
    void a_socket_goes_unbound_bound_listening_closed() {
        ModelSocket s = Sockets.unbound(AddressFamily.AF_INET);
        assertThat(s.state()).isEqualTo(SocketState.UNBOUND);
        assertThat(s.nameStatus()).isEqualTo(NameStatus.NONE);

        s.bound(LOOPBACK_40000);
        assertThat(s.state()).isEqualTo(SocketState.BOUND);
        assertThat(s.nameStatus()).isEqualTo(NameStatus.HELD);

        s.listening(3);
        assertThat(s.state()).isEqualTo(SocketState.LISTENING);
        assertThat(s.hasRoom()).isTrue();

        s.closed(4);
        assertThat(s.isOpen()).isFalse();
        assertThat(s.describe()).isEqualTo("descriptor 3 (socket in step 1, closed in step 4)");
    }

    @Test
    void listen_again_keeps_the_smaller_backlog() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 3);
        l.listening(5);
        assertThat(l.room()).isEqualTo(3);
        l.listening(1);
        assertThat(l.room()).isEqualTo(1);
    }

    @Test
    void each_connect_takes_room_in_the_backlog_and_each_accept_gives_it_back() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);
        ModelSocket a = Sockets.connectedTo(l);
        Sockets.connectedTo(l);
        assertThat(l.pending()).isEqualTo(2);
        assertThat(l.hasRoom()).isFalse();

        ModelSocket accepted = ModelSocket.accepted(9, l, LOOPBACK_40001, "accept in step 5");
        assertThat(l.pending()).isEqualTo(1);
        assertThat(accepted.state()).isEqualTo(SocketState.CONNECTED);
        assertThat(accepted.name().exact()).contains(LOOPBACK_40000);
        assertThat(accepted.peer().exact()).contains(LOOPBACK_40001);
        assertThat(a.peer().exact()).contains(LOOPBACK_40000);
        assertThat(a.name().isExact()).isFalse();
        assertThat(a.nameStatus()).isEqualTo(NameStatus.HELD);
    }

    @Test
    void a_unix_client_that_connected_unnamed_may_or_may_not_hold_a_name() {
        ModelSocket l = Sockets.listening(Sockets.PATH, 1);
        ModelSocket c = Sockets.connectedTo(l);

        assertThat(c.nameStatus()).isEqualTo(NameStatus.SHOWN);
        assertThat(c.name().mismatch(Sockaddr.unnamedUnix())).isEmpty();
    }

    @Test
    void a_failed_connect_releases_a_port_the_system_chose_but_keeps_a_port_bind_gave() {
        ModelSocket chosen = Sockets.bound(LOOPBACK_ANY_PORT);
        chosen.connectFailed();
        assertThat(chosen.nameStatus()).isEqualTo(NameStatus.SHOWN);
        assertThat(chosen.name().after(LOOPBACK_40000).isExact()).isFalse();

        ModelSocket given = Sockets.bound(LOOPBACK_40000);
        given.connectFailed();
        assertThat(given.nameStatus()).isEqualTo(NameStatus.HELD);
        assertThat(given.name().exact()).contains(LOOPBACK_40000);

        ModelSocket unbound = Sockets.unbound(AddressFamily.AF_INET);
        unbound.connectFailed();
        assertThat(unbound.nameStatus()).isEqualTo(NameStatus.SHOWN);
        assertThat(unbound.state()).isEqualTo(SocketState.UNBOUND);
    }

    @Test
    void a_failed_bind_after_a_released_port_leaves_the_address_open_too() throws Exception {
        ModelSocket s = Sockets.bound(LOOPBACK_ANY_PORT);
        s.connectFailed();
        s.bindFailed();

        assertThat(s.name().mismatch(Sockaddr.inet(java.net.InetAddress.getByName("0.0.0.0"), 40000)))
                .isEmpty();
    }

    @Test
    void closing_a_listener_with_connections_queued_may_reset_its_clients() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);
        ModelSocket c = Sockets.connectedTo(l);
        assertThat(c.peerMayBeGone()).isFalse();

        l.closed(6);

        assertThat(c.peerMayBeGone()).isTrue();
        assertThat(c.nameStatus()).isEqualTo(NameStatus.SHOWN);
        assertThat(c.state()).isEqualTo(SocketState.CONNECTED);
    }

    @Test
    void closing_a_listener_with_nothing_queued_leaves_its_clients_alone() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);
        ModelSocket c = Sockets.connectedTo(l);
        ModelSocket.accepted(9, l, LOOPBACK_40001, "accept in step 4");

        l.closed(6);

        assertThat(c.peerMayBeGone()).isFalse();
    }

    @Test
    void a_number_never_opened_is_described_without_a_step_it_was_closed_in() {
        ModelSocket never = ModelSocket.neverOpened(SocketModel.NEVER_OPENED, AddressFamily.AF_INET);

        assertThat(never.describe()).isEqualTo("descriptor 1048576 (never opened)");
        assertThat(never.isOpen()).isFalse();
    }

    @Test
    void listen_keeps_a_name_the_socket_holds() {
        ModelSocket s = Sockets.bound(LOOPBACK_ANY_PORT);
        s.learnName(LOOPBACK_40000);

        s.listening(1);

        assertThat(s.name().exact()).contains(LOOPBACK_40000);
    }

    @Test
    void listen_after_a_released_port_holds_the_bound_address_with_a_port_the_system_chooses() throws Exception {
        ModelSocket s = Sockets.bound(LOOPBACK_ANY_PORT);
        s.connectFailed();

        s.listening(1);

        assertThat(s.nameStatus()).isEqualTo(NameStatus.HELD);
        assertThat(s.name().mismatch(LOOPBACK_40001)).isEmpty();
        assertThat(s.name().mismatch(Sockaddr.inet(java.net.InetAddress.getByName("127.0.0.2"), 40001)))
                .isPresent();
        assertThat(s.name().after(LOOPBACK_40001).exact()).contains(LOOPBACK_40001);
    }

    @Test
    void a_unix_socket_that_listens_after_a_failed_connect_holds_a_name_the_system_chose() {
        ModelSocket s = Sockets.unbound(AddressFamily.AF_UNIX);
        s.connectFailed();
        assertThat(s.nameStatus()).isEqualTo(NameStatus.SHOWN);

        s.listening(1);

        assertThat(s.nameStatus()).isEqualTo(NameStatus.HELD);
        assertThat(s.name().mismatch(Sockaddr.unnamedUnix())).isEmpty();
        assertThat(s.name().after(Sockaddr.unnamedUnix()).isExact()).isTrue();
    }
}
