package dev.rendezvous.tck.checks.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.checks.FixedCase;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The steps the client-side properties share. */
class ClientStepsTest {
    private static FixedCase inet(long... draws) {
        FixedCase c = FixedCase.onReference(
                Checks.byId("CONNECT-AUTOBIND/autobound-name").orElseThrow(), Feature.INET, draws);
        c.c().family();
        return c;
    }

    @Test
    void a_drawn_name_is_a_drawn_loopback_address_with_port_zero_or_a_fresh_path() throws Exception {
        try (FixedCase c = inet(4)) {
            assertThat(ClientSteps.drawnName(c.c(), AddressFamily.AF_INET).describe())
                    .isEqualTo("AF_INET 127.0.0.5:0");
        }
        try (FixedCase c = FixedCase.onReference(
                Checks.byId("CONNECT-AUTOBIND/autobound-name").orElseThrow(), Feature.UNIX)) {
            Sockaddr path = ClientSteps.drawnName(c.c(), c.c().family());
            assertThat(path.family()).isEqualTo(AddressFamily.AF_UNIX);
            assertThat(path.unixPath()).contains("rdv-fixed");
        }
    }

    @Test
    void a_drawn_listener_listens_at_the_drawn_name_with_the_drawn_backlog() throws Exception {
        try (FixedCase c = inet(9, ClientSteps.MAX_BACKLOG - 1)) {
            Endpoint l = ClientSteps.drawnListener(c.c(), AddressFamily.AF_INET);
            assertThat(l.name().describe()).startsWith("AF_INET 127.0.0.10:");
            assertThat(l.name().port()).isNotZero();
            assertThat(c.calls()).contains("listen(" + l.fd() + ", " + ClientSteps.MAX_BACKLOG + ") = 0");
        }
    }

    @Test
    void a_listener_at_a_name_has_the_name_getsockname_gives_and_the_backlog_asked_for() throws Exception {
        try (FixedCase c = inet()) {
            Endpoint l = ClientSteps.listenerAt(c.c(), c.c().freshName(AddressFamily.AF_INET), 2);
            assertThat(l.name()).isEqualTo(c.c().nameOf(l.fd()));
            assertThat(c.calls()).contains("listen(" + l.fd() + ", 2) = 0");
        }
    }

    @Test
    void a_connect_to_a_listener_succeeds_and_the_client_is_associated_with_it() throws Exception {
        try (FixedCase c = inet()) {
            Endpoint l = c.c().listener(AddressFamily.AF_INET);
            int client = c.c().socket(AddressFamily.AF_INET);
            ClientSteps.connectSucceeds(
                    c.c(), client, l.name().bytes(), l.name().length(), "the connect");
            assertThatCode(() -> ClientSteps.expectPeer(c.c(), client, l.name(), "the connect"))
                    .doesNotThrowAnyException();
            ClientSteps.Accepted a = ClientSteps.acceptWithin(c.c(), l.fd(), "of the client");
            assertThat(a.from()).isEqualTo(c.c().nameOf(client));
            assertThat(c.c().peerOf(a.fd())).isEqualTo(a.from());
        }
    }

    @Test
    void connect_calls_connect_with_the_names_own_length() throws Exception {
        try (FixedCase c = inet()) {
            Endpoint l = c.c().listener(AddressFamily.AF_INET);
            int client = c.c().socket(AddressFamily.AF_INET);
            ClientSteps.connect(c.c(), client, l.name());
            assertThat(c.c().peerOf(client)).isEqualTo(l.name());
        }
    }

    @Test
    void a_connect_that_fails_where_a_server_listens_is_a_violation() throws Exception {
        try (FixedCase c = inet()) {
            Sockaddr refused = c.c().refusedName(AddressFamily.AF_INET);
            int client = c.c().socket(AddressFamily.AF_INET);
            assertThatThrownBy(() ->
                            ClientSteps.connectSucceeds(c.c(), client, refused.bytes(), refused.length(), "connect(x)"))
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("connect\\(x\\) failed with ECONNREFUSED \\(111\\): .*, but a server listens at"
                            + " the name");
        }
    }

    @Test
    void an_unconnected_client_or_another_peer_is_a_violation() throws Exception {
        try (FixedCase c = inet()) {
            Endpoint l = c.c().listener(AddressFamily.AF_INET);
            int loose = c.c().socket(AddressFamily.AF_INET);
            assertThatThrownBy(() -> ClientSteps.expectPeer(c.c(), loose, l.name(), "connect(y)"))
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("after connect\\(y\\) returned, the client " + loose + " must be connected to"
                            + " AF_INET .*, but getpeername failed with ENOTCONN \\(107\\): .*");
            int client = c.c().connectedClient(l);
            Sockaddr other = c.c().bound(AddressFamily.AF_INET).name();
            assertThatThrownBy(() -> ClientSteps.expectPeer(c.c(), client, other, "connect(z)"))
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith("the client's peer name after connect(z): expected " + other);
        }
    }

    @Test
    void the_contracts_unix_length_counts_the_family_and_the_path_bytes_without_a_nul() {
        assertThat(ClientSteps.contractUnixLength(Sockaddr.unix("/tmp/s"))).isEqualTo(2 + 6);
        assertThat(ClientSteps.contractUnixLength(Sockaddr.unix("/tmp/é"))).isEqualTo(2 + 7);
    }

    @Test
    void a_short_length_is_given_the_whole_name_or_just_its_first_bytes_as_drawn() throws Exception {
        Sockaddr name = Sockaddr.unix("/tmp/short");
        try (FixedCase c = inet(0, 1)) {
            assertThat(ClientSteps.shortNameBytes(c.c(), name, 5)).isEqualTo(name.bytes());
            assertThat(ClientSteps.shortNameBytes(c.c(), name, 5)).isEqualTo(Arrays.copyOf(name.bytes(), 5));
        }
    }
}
