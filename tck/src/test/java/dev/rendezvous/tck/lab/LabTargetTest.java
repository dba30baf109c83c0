package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LabTargetTest {
    private static final List<String> DOCUMENTATION_PREFIXES = List.of("192.0.2.", "198.51.100.", "203.0.113.");

    @Test
    void everyTargetIsADocumentationAddress() throws Exception {
        for (LabTarget target : LabTarget.values()) {
            InetAddress address = target.socketAddress().getAddress();
            if (target.family() == AddressFamily.AF_INET) {
                assertThat(DOCUMENTATION_PREFIXES)
                        .as(target.describe())
                        .anyMatch(prefix -> address.getHostAddress().startsWith(prefix));
            } else {
                byte[] bytes = address.getAddress();
                assertThat(new byte[] {bytes[0], bytes[1], bytes[2], bytes[3]})
                        .as(target.describe())
                        .containsExactly(0x20, 0x01, 0x0d, (byte) 0xb8);
            }
        }
    }

    @Test
    void addressesAreDistinct() {
        assertThat(Arrays.stream(LabTarget.values()).map(LabTarget::address).collect(Collectors.toSet()))
                .hasSize(LabTarget.values().length);
    }

    @Test
    void everyConnectionErrorOfTheContractButEnetdownHasATarget() {
        for (Errno errno :
                List.of(Errno.ETIMEDOUT, Errno.ECONNREFUSED, Errno.EHOSTDOWN, Errno.ENETUNREACH, Errno.EHOSTUNREACH)) {
            assertThat(LabTarget.provoking(errno)).as(errno.name()).isNotEmpty();
            assertThat(LabGaps.whyNoTarget(errno, AddressFamily.AF_INET))
                    .as(errno.name())
                    .isEmpty();
        }
        assertThat(LabTarget.provoking(Errno.ENETDOWN)).isEmpty();
        assertThat(LabGaps.whyNoTarget(Errno.ENETDOWN, AddressFamily.AF_INET))
                .get()
                .asString()
                .startsWith("no setup makes a blocking connect fail with ENETDOWN on Linux");
        assertThat(LabGaps.whyNoTarget(Errno.EHOSTDOWN, AddressFamily.AF_INET6))
                .get()
                .asString()
                .contains("no ICMPv6 code maps to EHOSTDOWN");
    }

    @Test
    void onlyGatewayTargetsHaveGatewayRulesAndTheirRulesAreWellFormed() {
        for (LabTarget target : LabTarget.values()) {
            assertThat(target.gatewayAnswer().isPresent()).as(target.name()).isEqualTo(target.needsGateway());
            target.gatewayAnswer().ifPresent(rule -> assertThat(rule).matches("reset|unreach:\\d{1,2}"));
        }
        assertThat(LabNetwork.gatewayArguments())
                .startsWith("rdv-gateway", "192.0.2.254", "2001:db8::fe")
                .contains("198.51.100.167", "unreach:7");
    }

    @Test
    void describesItselfForReports() {
        assertThat(LabTarget.SILENT_HOST_V4.describe())
                .isEqualTo("SILENT_HOST_V4 192.0.2.77:9 → ETIMEDOUT [2 s, 8 s): on-link host that never answers");
        assertThat(LabTarget.RESET_V6.describe()).startsWith("RESET_V6 [2001:db8:2::150]:9 → ECONNREFUSED [0 s, 2 s)");
    }
}
