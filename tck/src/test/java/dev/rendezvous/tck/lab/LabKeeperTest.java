package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LabKeeperTest {
    private static final String REPORT = "ipv6 yes\nnamespace net:[4026532178]\nkeeper ready\ngateway ready 4242\n";

    @Test
    void readsTheKeepersReport() {
        assertThat(LabKeeper.parse(REPORT, true))
                .contains(new LabKeeper.Startup("net:[4026532178]", true, OptionalLong.of(4242)));
        assertThat(LabKeeper.parse("ipv6 no\nnamespace net:[7]\nkeeper ready\n", false))
                .contains(new LabKeeper.Startup("net:[7]", false, OptionalLong.empty()));
    }

    @Test
    void aMissingPartMeansTheSetupFailed() {
        assertThat(LabKeeper.parse("lab setup failed: ip link add rdv-host type veth\n", true))
                .isEmpty();
        assertThat(LabKeeper.parse("ipv6 yes\nnamespace net:[7]\nkeeper ready\n", true))
                .as("gateway asked for, not ready")
                .isEmpty();
        assertThat(LabKeeper.parse("ipv6 yes\nnamespace net:[7]\ngateway ready 1\n", true))
                .as("keeper not ready")
                .isEmpty();
    }
}
