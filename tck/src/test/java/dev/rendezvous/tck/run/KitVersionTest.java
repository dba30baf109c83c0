package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kit's name and version, as the results name them. */
class KitVersionTest {
    @Test
    void the_version_is_the_jar_s_or_the_source_tree_s() {
        String fromManifest = KitVersion.class.getPackage().getImplementationVersion();

        assertThat(KitVersion.NAME).isEqualTo("Rendezvous");
        assertThat(KitVersion.version())
                .isEqualTo(Optional.ofNullable(fromManifest).orElse("0.1.0"));
    }
}
