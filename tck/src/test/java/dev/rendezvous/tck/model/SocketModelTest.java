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
}
