package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the probe records of the machine before a run. */
class EnvironmentProbeTest {
    @Test
    void it_records_the_system_java_and_what_can_be_bound_and_leaves_nothing_behind(@TempDir Path dir) {
        Map<String, Object> env = EnvironmentProbe.probe(dir);

        assertThat(env)
                .containsOnlyKeys("os", "java", "processors", "ipv4Loopback", "ipv6Loopback", "unixDomain", "unixDir");
        assertThat(env.get("os"))
                .isEqualTo(System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        assertThat(env.get("java"))
                .isEqualTo(System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        assertThat(env.get("processors")).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(env.get("ipv4Loopback")).isEqualTo(true);
        assertThat(env.get("ipv6Loopback")).isInstanceOf(Boolean.class);
        assertThat(env.get("unixDomain")).isEqualTo(true);
        assertThat(env.get("unixDir")).isEqualTo(dir.toString());
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_directory_that_does_not_exist_cannot_hold_a_unix_domain_name(@TempDir Path dir) {
        Map<String, Object> env = EnvironmentProbe.probe(dir.resolve("missing"));

        assertThat(env.get("unixDomain")).isEqualTo(false);
    }
}
