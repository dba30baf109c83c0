package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabDescriptionTest {
    private final LabDescription description = new LabDescription(
            LabMode.NETNS,
            "rdv-0a1b2c3d",
            "net:[4026532178]",
            List.of(LabTarget.NO_ROUTE_V4, LabTarget.ICMP_HOST_UNKNOWN_V4, LabTarget.RESET_V6));

    @Test
    void encodesTargetsWithTheirAddresses() {
        assertThat(description.encode())
                .isEqualTo(
                        "mode=NETNS;name=rdv-0a1b2c3d;namespace=net:[4026532178];"
                                + "targets=NO_ROUTE_V4@198.51.100.1,ICMP_HOST_UNKNOWN_V4@198.51.100.167,RESET_V6@2001:db8:2::150");
    }

    @Test
    void decodesWhatItEncodes() {
        assertThat(LabDescription.decode(description.encode())).isEqualTo(description);
        LabDescription empty = new LabDescription(LabMode.USER_NAMESPACE, "", "net:[1]", List.of());
        assertThat(LabDescription.decode(empty.encode())).isEqualTo(empty);
    }

    @Test
    void passesAsOneSystemProperty() {
        assertThat(description.jvmArgument()).isEqualTo("-Drendezvous.lab=" + description.encode());
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> LabDescription.decode("mode=NETNS;name=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no namespace");
        assertThatThrownBy(() -> LabDescription.decode("hello"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a lab description");
        assertThatThrownBy(() -> LabDescription.decode("mode=NETNS;name=;namespace=n;targets=NO_SUCH"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown lab target: NO_SUCH");
    }

    @Test
    void rejectsATargetAtAnotherAddress() {
        assertThatThrownBy(() -> LabDescription.decode("mode=NETNS;name=;namespace=n;targets=NO_ROUTE_V4@198.51.100.9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lab target NO_ROUTE_V4 is at 198.51.100.1 in this kit, not 198.51.100.9");
    }

    @Test
    void thisTestRunsOutsideTheLab() {
        assertThat(description.insideLab()).isFalse();
    }
}
