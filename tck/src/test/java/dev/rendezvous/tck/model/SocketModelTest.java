package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_ANY_PORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import org.junit.jupiter.api.Test;

class SocketModelTest {
    private static final Outcome SUCCESS = new Outcome(null, 0);
    private static final Outcome IN_USE = new Outcome(Errno.EADDRINUSE, 0);

    @Test
    void steps_act_on_the_sockets_in_order_then_on_a_number_never_opened() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        ModelSocket a = m.opened(3, false, "socket in step 1");
        m.opened(4, true, "the kit's");
        ModelSocket b = m.opened(5, false, "socket in step 2");

        assertThat(m.targets()).hasSize(3).startsWith(a, b);
        assertThat(m.targets().get(2).fd()).isEqualTo(SocketModel.NEVER_OPENED);
        assertThat(m.targets().get(2).isOpen()).isFalse();
        assertThat(m.socketCalls()).isEqualTo(2);
        assertThat(m.isOpen(4)).isTrue();
        assertThat(m.isOpen(6)).isFalse();
    }

    @Test
    void a_closed_number_handed_out_again_names_only_the_new_socket() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        ModelSocket old = m.opened(3, false, "socket in step 1");
        old.closed(2);
        assertThat(m.targets()).contains(old);

        ModelSocket again = m.opened(3, false, "socket in step 3");

        assertThat(m.targets()).doesNotContain(old).contains(again);
    }

    @Test
    void a_name_held_by_an_open_socket_is_in_use() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        m.opened(3, false, "socket in step 1").bound(LOOPBACK_40000);

        Allowed a = m.bindingTo(LOOPBACK_40000, false);

        assertThat(a.admits(IN_USE)).isTrue();
        assertThat(a.admits(SUCCESS)).isFalse();
        assertThat(m.nameOwners()).hasSize(1);
    }

    @Test
    void a_port_whose_holder_closed_may_be_free_or_held_in_time_wait() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        m.opened(3, false, "socket in step 1").bound(LOOPBACK_40000);
        m.targets().get(0).closed(2);

        Allowed a = m.bindingTo(LOOPBACK_40000, false);

        assertThat(a.admits(IN_USE)).isTrue();
        assertThat(a.admits(SUCCESS)).isTrue();
    }

    @Test
    void a_path_whose_holder_closed_stays_in_the_file_system() {
        SocketModel m = new SocketModel(AddressFamily.AF_UNIX);
        m.opened(3, false, "socket in step 1").bound(Sockets.PATH);
        m.targets().get(0).closed(2);

        Allowed a = m.bindingTo(Sockets.PATH, false);

        assertThat(a.admits(IN_USE)).isTrue();
        assertThat(a.admits(SUCCESS)).isFalse();
    }

    @Test
    void a_fresh_name_is_free_and_an_unknown_port_owner_closed_is_not_offered_again() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        ModelSocket s = m.opened(3, false, "socket in step 1");
        s.bound(LOOPBACK_ANY_PORT);
        s.closed(2);

        assertThat(m.bindingTo(LOOPBACK_ANY_PORT, true).admits(SUCCESS)).isTrue();
        assertThat(m.nameOwners()).isEmpty();
    }

    @Test
    void only_open_listeners_with_room_take_a_blocking_connect() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        ModelSocket full = m.opened(3, false, "socket in step 1");
        full.bound(LOOPBACK_40000);
        full.listening(1);
        Sockets.connectedTo(full);
        ModelSocket free = m.opened(4, false, "socket in step 2");
        free.bound(Sockets.LOOPBACK_40001);
        free.listening(1);

        assertThat(m.listenersWithRoom()).containsExactly(free);
        assertThat(m.anyOpen(s -> s.state() == SocketState.LISTENING && s.pending() > 0))
                .isTrue();
    }

    @Test
    void only_open_sockets_of_the_sequence_count_as_open_ones() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        assertThat(m.anyOpen(s -> true)).isFalse();

        m.opened(3, true, "the kit's");
        m.opened(4, false, "socket in step 1").closed(2);
        assertThat(m.anyOpen(s -> true)).as("the kit's own and closed ones").isFalse();

        m.opened(5, false, "socket in step 3");
        assertThat(m.anyOpen(s -> s.fd() == 5)).isTrue();
        assertThat(m.anyOpen(s -> s.fd() == 4)).isFalse();
    }

    @Test
    void the_open_sockets_are_those_not_closed_the_kits_own_included_in_order() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        ModelSocket a = m.opened(3, false, "socket in step 1");
        ModelSocket kits = m.opened(4, true, "the kit's");
        m.opened(5, false, "socket in step 2").closed(3);

        assertThat(m.openSockets()).containsExactly(a, kits);
    }

    @Test
    void an_accepted_socket_is_a_target_and_takes_the_number_from_a_closed_one() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        ModelSocket l = m.opened(3, false, "socket in step 1");
        l.bound(LOOPBACK_40000);
        l.listening(1);
        Sockets.connectedTo(l);
        ModelSocket old = m.opened(5, false, "socket in step 2");
        old.closed(3);

        ModelSocket a = m.accepted(5, l, Sockets.LOOPBACK_40001, "accept in step 4");

        assertThat(m.targets()).containsExactly(l, a, m.targets().get(2));
        assertThat(m.isOpen(5)).isTrue();
        assertThat(a.state()).isEqualTo(SocketState.CONNECTED);
    }

    @Test
    void a_client_bound_after_connecting_changes_only_the_peers_of_sockets_accepted_from_its_listener() {
        SocketModel m = new SocketModel(AddressFamily.AF_UNIX);
        ModelSocket l = m.opened(3, false, "socket in step 1");
        l.bound(Sockets.PATH);
        l.listening(2);
        ModelSocket c = m.opened(4, false, "socket in step 2");
        c.connected(NameRule.exactly(Sockets.PATH), l);
        ModelSocket accepted = m.accepted(5, l, dev.rendezvous.api.Sockaddr.unnamedUnix(), "accept in step 3");
        ModelSocket closedAccepted = m.accepted(6, l, dev.rendezvous.api.Sockaddr.unnamedUnix(), "accept in step 4");
        closedAccepted.closed(5);

        m.clientBound(c);

        assertThat(accepted.peer().isExact()).isFalse();
        assertThat(closedAccepted.peer().isExact())
                .as("closed: no longer connected")
                .isTrue();
        assertThat(c.peer().exact()).contains(Sockets.PATH);
    }

    @Test
    void a_client_that_connected_to_no_listener_changes_no_peer() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        ModelSocket self = m.opened(3, false, "socket in step 1");
        self.bound(LOOPBACK_40000);
        self.connected(NameRule.exactly(LOOPBACK_40000), null);
        ModelSocket other = m.opened(4, false, "socket in step 2");
        other.connected(NameRule.exactly(LOOPBACK_40000), null);

        m.clientBound(self);

        assertThat(other.peer().exact()).contains(LOOPBACK_40000);
    }

    @Test
    void bind_to_a_held_name_says_which_socket_holds_it() {
        SocketModel m = new SocketModel(AddressFamily.AF_INET);
        ModelSocket s = m.opened(3, false, "socket in step 1");
        s.bound(LOOPBACK_40000);
        s.learnName(LOOPBACK_40000);
        m.opened(4, false, "socket in step 2").bound(Sockets.LOOPBACK_40001);

        assertThat(m.bindingTo(LOOPBACK_40000, false).admits(SUCCESS)).isFalse();
        assertThat(m.bindingTo(LOOPBACK_40000, false).because()).contains("held by descriptor 3");
    }
}
