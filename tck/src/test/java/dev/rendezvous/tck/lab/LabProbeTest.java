package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rendezvous.tck.process.ChildJava;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LabProbeTest {
    private static LabCapabilities capabilities;

    @BeforeAll
    static void probe() {
        capabilities = LabProbe.probe();
    }

    @Test
    void everyModeIsUsableOrComesWithAReason() {
        for (LabMode mode : LabMode.values()) {
            if (!capabilities.usable(mode)) {
                assertThat(capabilities.whyNot(mode))
                        .as(mode.name())
                        .get()
                        .asString()
                        .isNotBlank();
            }
            assertThat(capabilities.summary())
                    .contains(mode.how() + ": " + capabilities.whyNot(mode).orElse("usable"));
        }
        assertThat(capabilities.whyNot().isEmpty()).isEqualTo(capabilities.canOpen());
        capabilities
                .preferredMode()
                .ifPresent(mode -> assertThat(capabilities.usable(mode)).isTrue());
    }

    @Test
    void rootCanUseIpNetnsUnlessItSaysWhyNot() {
        assumeTrue(capabilities.uid() == 0, "not root: uid " + capabilities.uid());
        assertThat(capabilities.whyNot(LabMode.NETNS).orElse("usable")).doesNotStartWith("not root");
        if (capabilities.usable(LabMode.NETNS)) {
            assertThat(capabilities.preferredMode()).contains(LabMode.NETNS);
        }
    }

    @Test
    void theResolvedPythonIsNoShim() {
        assumeTrue(capabilities.gateway(), "no usable python3 on this machine");
        assertThat(capabilities.python().orElseThrow().toString()).doesNotContain("/shims/");
    }

    @Test
    void whereUserNamespacesAreDisabledTheReasonNamesTheSetting() {
        assumeTrue(
                capabilities.usable(LabMode.USER_NAMESPACE),
                () -> "cannot make a user namespace to disable them in: "
                        + capabilities.whyNot(LabMode.USER_NAMESPACE).orElseThrow());
        List<String> java = ChildJava.command(List.of(), LabProbeReport.class.getName(), List.of());
        List<String> argv = new ArrayList<>(List.of(
                capabilities.unshare().orElseThrow().toString(),
                "--user",
                "--map-root-user",
                "sh",
                "-c",
                "echo 0 > /proc/sys/user/max_user_namespaces && exec \"$@\"",
                "disable-user-namespaces"));
        argv.addAll(java);

        SystemCommand.Result report = SystemCommand.run(argv, Duration.ofSeconds(60));

        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(report.output())
                .contains("USER_NAMESPACE user namespaces are disabled (user.max_user_namespaces=0)");
        assertThat(report.output()).containsPattern("NETNS \\S.+").doesNotContain("NETNS usable");
    }
}
