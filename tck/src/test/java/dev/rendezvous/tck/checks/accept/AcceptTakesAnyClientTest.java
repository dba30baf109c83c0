package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.checks.SmallBreakages.AbortsAccept;
import dev.rendezvous.tck.checks.SmallBreakages.NamesTheListener;
import dev.rendezvous.tck.checks.SmallBreakages.RefusesAll;
import org.junit.jupiter.api.Test;

/** ACCEPT-NO-FILTERING: every client that connected is accepted, each with its own name. */
class AcceptTakesAnyClientTest {
    /** k = 1 + offset. */
    private static final long ONE_CLIENT = 0;

    private static final long FOUR_CLIENTS = 3;

    @Test
    void four_inet_clients_from_drawn_addresses_are_all_accepted_on_the_reference() throws Exception {
        try (FixedCase c =
                FixedCase.onReference(new AcceptTakesAnyClient(), Feature.INET, FOUR_CLIENTS, 1, 2, 3, 253)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).filteredOn(call -> call.startsWith("accept(")).hasSize(4);
            assertThat(c.calls())
                    .anyMatch(call -> call.startsWith("bind(") && call.contains("127.0.0.2:0"))
                    .anyMatch(call -> call.startsWith("bind(") && call.contains("127.0.0.254:0"));
        }
    }

    @Test
    void ipv6_clients_may_stay_unbound() throws Exception {
        try (FixedCase c = FixedCase.onReference(new AcceptTakesAnyClient(), Feature.INET6, ONE_CLIENT, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).filteredOn(call -> call.startsWith("bind(")).hasSize(1);
        }
    }

    @Test
    void a_client_that_cannot_connect_is_a_violation_saying_how_it_was_bound() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptTakesAnyClient(), new RefusesAll(), Feature.INET6, ONE_CLIENT, 0)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("client 1 of 1 \\(unbound\\) could not connect to AF_INET6 \\S+ len=28 .*:"
                            + " ECONNREFUSED \\(111\\): .*");
        }
        try (FixedCase c = FixedCase.of(new AcceptTakesAnyClient(), new RefusesAll(), Feature.INET, ONE_CLIENT, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith("client 1 of 1 (bound to AF_INET 127.0.0.2:0) could not connect to");
        }
    }

    @Test
    void an_accept_that_fails_with_clients_waiting_is_a_violation_listing_them() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptTakesAnyClient(), new AbortsAccept(), Feature.INET, ONE_CLIENT, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(\\d+\\) with clients \\[AF_INET 127.0.0.2:\\d+ .*] waiting failed"
                            + " with ECONNABORTED \\(103\\): .*");
        }
    }

    @Test
    void a_name_that_is_no_waiting_client_is_a_violation() throws Exception {
        try (FixedCase c =
                FixedCase.of(new AcceptTakesAnyClient(), new NamesTheListener(), Feature.INET, ONE_CLIENT, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept\\(\\d+\\) gave AF_INET 127.0.0.1:\\d+ .*, which is no client still"
                            + " waiting: \\[AF_INET 127.0.0.2:\\d+ .*]");
        }
    }
}
