package dev.rendezvous.tck.checks.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.catalogue.Level;
import dev.rendezvous.tck.checks.connect.InterruptedConnectFails;
import java.net.InetAddress;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** SERVER-BIND-WILDCARD and CONNECT-SIGNAL: what their lab properties ask of a run, and the v4-mapped name. */
class WildcardServerReachedTest {

    @Test
    void an_ipv4_client_of_an_ipv6_server_is_named_by_its_v4_mapped_address_of_length_28() throws Exception {
        Sockaddr v4 = Sockaddr.inet(InetAddress.getByName("192.0.2.1"), 4242);

        Sockaddr mapped = WildcardServerReached.v4Mapped(v4);

        assertThat(mapped.family()).isEqualTo(AddressFamily.AF_INET6);
        assertThat(mapped.length()).isEqualTo(Sockaddr.SIZEOF_SOCKADDR_IN6);
        assertThat(mapped.port()).isEqualTo(4242);
        assertThat(Arrays.copyOfRange(mapped.bytes(), 8, 24))
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 192, 0, 2, 1);
        assertThat(Arrays.copyOfRange(mapped.bytes(), 24, 28)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void both_lab_properties_are_shoulds_that_need_the_lab_and_range_over_the_internet_families() {
        for (var p : java.util.List.of(new WildcardServerReached(), new InterruptedConnectFails())) {
            assertThat(p.needsLab()).as(p.id()).isTrue();
            assertThat(p.families()).as(p.id()).containsExactlyInAnyOrder(Feature.INET, Feature.INET6);
            assertThat(p.clause().level()).as(p.id()).isEqualTo(Level.SHOULD);
            assertThat(p.clause().needsLab()).as(p.id()).isTrue();
        }
    }
}
