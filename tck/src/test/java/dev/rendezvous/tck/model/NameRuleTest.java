package dev.rendezvous.tck.model;

import static dev.rendezvous.tck.model.Sockets.LOOPBACK_40000;
import static dev.rendezvous.tck.model.Sockets.LOOPBACK_ANY_PORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NameRuleTest {

    @Test
    void a_socket_without_a_name_shows_the_wildcard_with_port_0_or_the_family_alone() throws Exception {
        assertThat(NameRule.none(AddressFamily.AF_INET).exact())
                .contains(Sockaddr.inet(InetAddress.getByName("0.0.0.0"), 0));
        assertThat(NameRule.none(AddressFamily.AF_INET6).exact())
                .contains(Sockaddr.inet(InetAddress.getByName("::"), 0));
        assertThat(NameRule.none(AddressFamily.AF_UNIX).exact()).contains(Sockaddr.unnamedUnix());
    }

    @Test
    void a_name_bound_with_port_0_has_the_bound_address_and_another_port_and_is_learned_exactly() throws Exception {
        NameRule r = NameRule.boundTo(LOOPBACK_ANY_PORT);

        assertThat(r.isExact()).isFalse();
        assertThat(r.mismatch(LOOPBACK_ANY_PORT)).get().asString().contains("got the port 0");
        assertThat(r.mismatch(Sockaddr.inet(InetAddress.getByName("127.0.0.2"), 40000)))
                .get()
                .asString()
                .contains("another address");
        assertThat(r.mismatch(Sockaddr.unnamedUnix())).get().asString().contains("AF_UNIX");
        assertThat(r.mismatch(LOOPBACK_40000)).isEmpty();
        NameRule learned = r.after(LOOPBACK_40000);
        assertThat(learned.exact()).contains(LOOPBACK_40000);
        assertThat(learned.mismatch(Sockets.LOOPBACK_40001))
                .get()
                .asString()
                .startsWith("expected AF_INET 127.0.0.1:40000");
    }

    @Test
    void a_name_with_a_port_or_a_path_is_exact_at_once() {
        assertThat(NameRule.boundTo(LOOPBACK_40000).exact()).contains(LOOPBACK_40000);
        assertThat(NameRule.boundTo(Sockets.PATH).exact()).contains(Sockets.PATH);
    }

    @Test
    void a_unix_client_may_be_unnamed_or_named_by_the_system() {
        NameRule r = NameRule.chosenBySystem(AddressFamily.AF_UNIX);

        assertThat(r.mismatch(Sockaddr.unnamedUnix())).isEmpty();
        assertThat(r.mismatch(Sockets.PATH)).isEmpty();
        assertThat(r.after(Sockaddr.unnamedUnix()).exact()).contains(Sockaddr.unnamedUnix());
    }

    @Test
    void the_name_after_a_failed_connect_is_not_learned_since_the_next_connect_may_change_it() {
        NameRule released = NameRule.releasedFrom(LOOPBACK_ANY_PORT);
        NameRule left = NameRule.leftByFailure(AddressFamily.AF_INET);

        assertThat(released.after(LOOPBACK_40000).isExact()).isFalse();
        assertThat(released.mismatch(LOOPBACK_ANY_PORT)).isPresent();
        assertThat(left.after(LOOPBACK_40000).isExact()).isFalse();
        assertThat(left.mismatch(LOOPBACK_ANY_PORT)).isEmpty();
        assertThat(left.describe()).contains("left by the failed connect");
    }

    @Test
    void a_name_the_system_chose_for_an_internet_socket_has_a_port_that_is_not_0() throws Exception {
        NameRule chosen = NameRule.chosenBySystem(AddressFamily.AF_INET);

        assertThat(chosen.mismatch(LOOPBACK_ANY_PORT)).isPresent();
        assertThat(chosen.mismatch(LOOPBACK_40000)).isEmpty();
        assertThat(chosen.mismatch(Sockaddr.inet(InetAddress.getByName("127.0.0.2"), 40000)))
                .isEmpty();
    }
}
