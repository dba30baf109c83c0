package dev.rendezvous.tck.model;

import static dev.rendezvous.api.Errno.EADDRINUSE;
import static dev.rendezvous.api.Errno.ECONNREFUSED;
import static dev.rendezvous.api.Errno.EINVAL;
import static dev.rendezvous.api.Errno.EISCONN;
import static dev.rendezvous.api.Errno.ENOTCONN;
import static dev.rendezvous.api.Errno.EOPNOTSUPP;
import static dev.rendezvous.tck.model.ConnectStep.TO_LISTENER;
import static dev.rendezvous.tck.model.ConnectStep.TO_OWN_NAME;
import static dev.rendezvous.tck.model.ConnectStep.TO_REFUSED;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40001;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_ANY_PORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each call may give in each state: the table the property checks implementations against. */
class TransitionTableTest {
    private static final int INET = AddressFamily.AF_INET;
    private static final int UNIX = AddressFamily.AF_UNIX;

    /** The outcomes {@code a} admits among success and the errnos the calls give. */
    private static List<String> outcomes(Allowed a) {
        List<String> out = new ArrayList<>();
        if (a.admits(new Outcome(null, 0))) {
            out.add("success");
        }
        for (Errno e : Errno.values()) {
            if (a.admits(new Outcome(e, 0))) {
                out.add(e.name());
            }
        }
        return out;
    }

    private static ModelSocket refusedHolder() {
        return Sockets.bound(LOOPBACK_40001);
    }

    @Test
    void every_call_on_a_closed_or_never_opened_descriptor_is_ebadf() {
        ModelSocket closed = Sockets.closed(Sockets.listening(LOOPBACK_40000, 1));
        ModelSocket never = ModelSocket.neverOpened(SocketModel.NEVER_OPENED, INET);
        for (ModelSocket t : List.of(closed, never)) {
            assertThat(outcomes(BindStep.allowed(new SocketModel(INET), t, LOOPBACK_ANY_PORT, true)))
                    .containsExactly("EBADF");
            assertThat(outcomes(ListenStep.allowed(t))).containsExactly("EBADF");
            assertThat(outcomes(ConnectStep.allowed(t, TO_REFUSED, null, refusedHolder())))
                    .containsExactly("EBADF");
            assertThat(outcomes(AcceptStep.allowed(t))).containsExactly("EBADF");
            assertThat(outcomes(GetpeernameStep.allowed(t))).containsExactly("EBADF");
        }
    }

    @Test
    void bind_names_a_socket_once() {
        SocketModel m = new SocketModel(INET);
        assertThat(outcomes(BindStep.allowed(m, Sockets.unbound(INET), LOOPBACK_ANY_PORT, true)))
                .containsExactly("success");
        assertThat(outcomes(BindStep.allowed(m, Sockets.bound(LOOPBACK_40000), LOOPBACK_ANY_PORT, true)))
                .containsExactly("EINVAL");
        assertThat(outcomes(BindStep.allowed(m, Sockets.bound(LOOPBACK_40000), LOOPBACK_40000, false)))
                .containsExactly(EINVAL.name(), EADDRINUSE.name());
        assertThat(outcomes(BindStep.allowed(m, Sockets.listening(LOOPBACK_40000, 1), LOOPBACK_ANY_PORT, true)))
                .containsExactly("EINVAL");
    }

    @Test
    void bind_after_a_failed_connect_may_name_the_socket_again() {
        ModelSocket s = Sockets.bound(LOOPBACK_ANY_PORT);
        s.connectFailed();

        assertThat(outcomes(BindStep.allowed(new SocketModel(INET), s, LOOPBACK_ANY_PORT, true)))
                .containsExactly("success", "EINVAL");
    }

    @Test
    void listen_needs_a_name_and_no_connection() {
        assertThat(outcomes(ListenStep.allowed(Sockets.bound(LOOPBACK_40000)))).containsExactly("success");
        assertThat(outcomes(ListenStep.allowed(Sockets.listening(LOOPBACK_40000, 2))))
                .containsExactly("success");
        assertThat(outcomes(ListenStep.allowed(Sockets.unbound(UNIX)))).containsExactly("EINVAL");
        assertThat(outcomes(ListenStep.allowed(Sockets.unbound(INET))))
                .as("never made: it would bind the wildcard")
                .containsExactly("success", EINVAL.name(), "EDESTADDRREQ");
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);
        assertThat(outcomes(ListenStep.allowed(Sockets.connectedTo(l)))).containsExactly("EINVAL");
    }

    @Test
    void connect_reaches_a_listener_and_is_refused_where_nothing_listens() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);
        assertThat(outcomes(ConnectStep.allowed(Sockets.unbound(INET), TO_LISTENER, l, null)))
                .containsExactly("success");
        assertThat(outcomes(ConnectStep.allowed(Sockets.bound(LOOPBACK_40001), TO_LISTENER, l, null)))
                .containsExactly("success");
        assertThat(outcomes(ConnectStep.allowed(Sockets.unbound(INET), TO_REFUSED, null, refusedHolder())))
                .containsExactly("ECONNREFUSED");
    }

    @Test
    void a_listening_socket_refuses_to_connect_and_a_connected_one_is_connected_already() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);
        ModelSocket other = Sockets.listening(LOOPBACK_40001, 2);
        assertThat(outcomes(ConnectStep.allowed(l, TO_LISTENER, other, null)))
                .containsExactly(EINVAL.name(), EOPNOTSUPP.name(), EISCONN.name());
        assertThat(outcomes(ConnectStep.allowed(Sockets.connectedTo(l), TO_LISTENER, other, null)))
                .containsExactly("EISCONN");
    }

    @Test
    void where_nothing_listens_a_socket_in_the_wrong_state_may_be_refused_first() {
        ModelSocket l = Sockets.listening(Sockets.PATH, 2);
        assertThat(outcomes(ConnectStep.allowed(l, TO_REFUSED, null, refusedHolder())))
                .containsExactly(EINVAL.name(), EOPNOTSUPP.name(), EISCONN.name(), ECONNREFUSED.name());
        assertThat(outcomes(ConnectStep.allowed(Sockets.connectedTo(l), TO_REFUSED, null, refusedHolder())))
                .containsExactly(EISCONN.name(), ECONNREFUSED.name());
    }

    @Test
    void connect_to_its_own_name_is_refused_or_for_tcp_a_connection_to_itself() {
        assertThat(outcomes(ConnectStep.allowed(Sockets.bound(Sockets.PATH), TO_OWN_NAME, null, null)))
                .containsExactly("ECONNREFUSED");
        assertThat(outcomes(ConnectStep.allowed(Sockets.bound(LOOPBACK_40000), TO_OWN_NAME, null, null)))
                .containsExactly("success", "ECONNREFUSED");
    }

    @Test
    void accept_needs_a_listener() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);
        Sockets.connectedTo(l);
        assertThat(outcomes(AcceptStep.allowed(l))).containsExactly("success");
        assertThat(outcomes(AcceptStep.allowed(Sockets.unbound(INET)))).containsExactly("EINVAL");
        assertThat(outcomes(AcceptStep.allowed(Sockets.bound(LOOPBACK_40001)))).containsExactly("EINVAL");
        assertThat(outcomes(AcceptStep.allowed(Sockets.connectedTo(l)))).containsExactly("EINVAL");
    }

    @Test
    void getpeername_needs_a_connection() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);
        ModelSocket c = Sockets.connectedTo(l);
        assertThat(outcomes(GetpeernameStep.allowed(c))).containsExactly("success");
        assertThat(outcomes(GetpeernameStep.allowed(l))).containsExactly("ENOTCONN");
        assertThat(outcomes(GetpeernameStep.allowed(Sockets.bound(LOOPBACK_40001))))
                .containsExactly("ENOTCONN");
        assertThat(outcomes(GetpeernameStep.allowed(Sockets.unbound(INET)))).containsExactly("ENOTCONN");

        l.closed(5);
        assertThat(outcomes(GetpeernameStep.allowed(c))).containsExactly("success", ENOTCONN.name());
    }

    @Test
    void a_listening_socket_connecting_to_its_own_name_finds_something_listening_there() {
        ModelSocket l = Sockets.listening(LOOPBACK_40000, 2);

        assertThat(outcomes(ConnectStep.allowed(l, TO_OWN_NAME, null, null)))
                .containsExactly(EINVAL.name(), EOPNOTSUPP.name(), EISCONN.name());
        assertThat(outcomes(ConnectStep.allowed(Sockets.connectedTo(l), TO_OWN_NAME, null, null)))
                .containsExactly(EISCONN.name(), ECONNREFUSED.name());
    }
}
