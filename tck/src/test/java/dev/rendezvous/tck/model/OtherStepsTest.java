package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40001;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Violation;
import org.junit.jupiter.api.Test;

/** socket, getpeername and close in a call sequence, checked against the model. */
class OtherStepsTest {
    private static final int INET = AddressFamily.AF_INET;

    @Test
    void socket_is_drawn_most_at_first_and_never_past_the_limit() {
        SocketStep socket = new SocketStep();
        ScriptedSequence s = ScriptedSequence.of(INET);
        int first = socket.weight(s.model());
        s.open(3);
        int later = socket.weight(s.model());
        s.model().opened(9, true, "the kit's");
        assertThat(socket.weight(s.model()))
                .as("the kit's own socket does not count")
                .isEqualTo(later);
        for (int fd = 4; fd < 3 + CallSequence.MAX_SOCKETS; fd++) {
            s.open(fd);
        }

        assertThat(first).isGreaterThan(later);
        assertThat(later).isPositive();
        assertThat(socket.weight(s.model())).isZero();
    }

    @Test
    void getpeername_on_a_connected_socket_gives_its_peer() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket c = s.open(3);
        c.connected(NameRule.exactly(LOOPBACK_40000), null);
        s.stack.peering(3, LOOPBACK_40000);

        assertThat(s.run(new GetpeernameStep(), 0)).isTrue();

        assertThat(s.calls())
                .singleElement()
                .asString()
                .startsWith("getpeername(3, ")
                .contains("40000");
    }

    @Test
    void getpeername_giving_another_peer_breaks_the_contract() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).connected(NameRule.exactly(LOOPBACK_40000), null);
        s.stack.peering(3, LOOPBACK_40001);

        assertThatThrownBy(() -> s.run(new GetpeernameStep(), 0))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("step 1, getpeername on descriptor 3: expected AF_INET 127.0.0.1:40000");
    }

    @Test
    void getpeername_learns_a_peer_known_only_by_shape() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket c = s.open(3);
        c.connected(NameRule.chosenBySystem(INET), null);
        s.stack.peering(3, LOOPBACK_40001);

        s.run(new GetpeernameStep(), 0);

        assertThat(c.peer().exact()).contains(LOOPBACK_40001);
    }

    @Test
    void getpeername_on_a_socket_not_connected_must_give_enotconn() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).bound(LOOPBACK_40000);
        s.stack.failing("getpeername", Errno.ENOTCONN);

        assertThat(s.run(new GetpeernameStep(), 0)).isTrue();

        assertThat(s.calls()).singleElement().asString().endsWith("ENOTCONN (107)");
    }

    @Test
    void getpeername_is_meant_for_connected_sockets_and_drawn_more_where_one_is_open() {
        GetpeernameStep getpeername = new GetpeernameStep();
        ScriptedSequence connected = ScriptedSequence.of(INET);
        ModelSocket c = connected.open(3);
        c.connected(NameRule.exactly(LOOPBACK_40000), null);
        ScriptedSequence bound = ScriptedSequence.of(INET);
        ModelSocket b = bound.open(3);
        b.bound(LOOPBACK_40000);

        assertThat(GetpeernameStep.fits(c)).isTrue();
        assertThat(GetpeernameStep.fits(b)).isFalse();
        assertThat(getpeername.weight(connected.model())).isGreaterThan(getpeername.weight(bound.model()));
        assertThat(getpeername.weight(bound.model())).isPositive();
    }

    @Test
    void close_releases_an_open_descriptor() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        ModelSocket t = s.open(3);

        assertThat(s.run(new CloseStep(), 0)).isTrue();

        assertThat(s.calls()).containsExactly("close(3) = 0");
        assertThat(t.isOpen()).isFalse();
        assertThat(t.describe()).endsWith(", closed in step 1)");
    }

    @Test
    void close_of_a_closed_descriptor_must_give_ebadf() {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.open(3).closed(1);

        assertThatThrownBy(() -> s.run(new CloseStep(), 0))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("close on descriptor 3: the model allows only EBADF (9)");
    }

    @Test
    void socket_and_getsockname_always_make_their_call() throws Exception {
        ScriptedSequence s = ScriptedSequence.of(INET);
        s.stack.naming(3, Sockaddr.inet(java.net.InetAddress.getByName("0.0.0.0"), 0));

        assertThat(s.run(new SocketStep())).isTrue();
        assertThat(s.run(new GetsocknameStep(), 0)).isTrue();

        assertThat(s.calls()).hasSize(2);
        assertThat(s.calls().get(0)).isEqualTo("socket(AF_INET, SOCK_STREAM) = 3");
        assertThat(s.calls().get(1)).startsWith("getsockname(3, ");
    }

    @Test
    void close_and_getsockname_are_always_possible() {
        ScriptedSequence empty = ScriptedSequence.of(INET);

        assertThat(new CloseStep().weight(empty.model())).isPositive();
        assertThat(new GetsocknameStep().weight(empty.model())).isPositive();
    }

    @Test
    void a_target_a_step_is_meant_for_weighs_more() {
        assertThat(Step.fitting(true)).isGreaterThan(Step.fitting(false));
        assertThat(Step.fitting(false)).isPositive();
    }
}
