package dev.rendezvous.tck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Feature;
import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FamiliesTest {

    @Test
    void eachFamilyFeatureHasItsNumber() {
        assertThat(Families.of(Feature.INET)).isEqualTo(AddressFamily.AF_INET);
        assertThat(Families.of(Feature.INET6)).isEqualTo(AddressFamily.AF_INET6);
        assertThat(Families.of(Feature.UNIX)).isEqualTo(AddressFamily.AF_UNIX);
        assertThatThrownBy(() -> Families.of(Feature.NONBLOCKING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NONBLOCKING is not a family");
    }

    @Test
    void theClaimedFamiliesComeInAFixedOrder() {
        Set<Feature> all = Set.of(Feature.UNIX, Feature.INET6, Feature.INET, Feature.NONBLOCKING);

        assertThat(Families.claimedAmong(all, all))
                .containsExactly(AddressFamily.AF_INET, AddressFamily.AF_INET6, AddressFamily.AF_UNIX);
        assertThat(Families.claimedAmong(Set.of(Feature.INET, Feature.UNIX), Set.of(Feature.UNIX, Feature.INET6)))
                .containsExactly(AddressFamily.AF_UNIX);
        assertThat(Families.claimedAmong(Set.of(Feature.INET), Set.of(Feature.INET6)))
                .isEmpty();
    }

    @Test
    void loopbackAndInternetFamilies() throws Exception {
        assertThat(Families.loopback(AddressFamily.AF_INET)).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(Families.loopback(AddressFamily.AF_INET6)).isEqualTo(InetAddress.getByName("::1"));
        assertThat(Families.isInternet(AddressFamily.AF_INET)).isTrue();
        assertThat(Families.isInternet(AddressFamily.AF_INET6)).isTrue();
        assertThat(Families.isInternet(AddressFamily.AF_UNIX)).isFalse();
    }
}
