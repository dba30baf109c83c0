package dev.rendezvous.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketStack;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class RegistrationTest {
    @Test
    void theServiceEntryFindsTheReferenceImplementation() {
        assertThat(ServiceLoader.load(SocketStack.class).stream().map(ServiceLoader.Provider::type))
                .contains(NioSocketStack.class);
    }

    @Test
    void itNamesItselfAndClaimsWhatThisMachineLetsItKeep() {
        NioSocketStack s = new NioSocketStack();
        assertThat(s.name()).isEqualTo("Rendezvous reference (java.nio)");
        assertThat(s.version()).isNotBlank();
        assertThat(s.features()).contains(Feature.INET, Feature.NONBLOCKING, Feature.CROSS_PROCESS);
        assertThat(s.features()).isSameAs(new NioSocketStack().features());
        assertThat(s.lostNames()).isZero();
        assertThat(s.openDescriptors()).isZero();
    }
}
