package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rendezvous.tck.process.ChildJava;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A lab leaves nothing behind: not when closed, not when its owner is killed with SIGKILL. */
class NetworkLabCleanupTest {
    private static final long OWNER_DEADLINE_SECONDS = 30;

    private static LabCapabilities capabilities;

    @BeforeAll
    static void probe() {
        capabilities = LabProbe.probe();
    }

    @ParameterizedTest
    @EnumSource(LabMode.class)
    void closeRemovesNamespaceInterfacesAndGateway(LabMode mode) throws Exception {
        assumeUsable(mode);
        NetworkLab lab = NetworkLab.open(capabilities, mode);
        String namespace = lab.description().namespace();
        List<Long> pids = pids(
                lab.keeperPid(), lab.gatewayPid().isPresent() ? lab.gatewayPid().getAsLong() : -1);
        assertThat(LabTraces.of(ip(), lab.description().name(), namespace, pids))
                .as("the open lab is there")
                .isNotEmpty();

        lab.close();

        assertThat(LabTraces.of(ip(), lab.description().name(), namespace, pids))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LabMode.class)
    void killingTheOwnerWithSigkillRemovesTheLab(LabMode mode) throws Exception {
        assumeUsable(mode);
        Process owner = new ProcessBuilder(ChildJava.command(List.of(), LabOwner.class.getName(), List.of(mode.name())))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String[] report = firstLine(owner).split(" ");
        assertThat(report).as("the owner reports its lab").hasSize(5).startsWith("lab");
        String name = report[1].equals("-") ? "" : report[1];
        List<Long> pids = pids(Long.parseLong(report[2]), report[3].equals("-") ? -1 : Long.parseLong(report[3]));
        String namespace = report[4];
        assertThat(LabTraces.of(ip(), name, namespace, pids))
                .as("the owned lab is there")
                .isNotEmpty();
        if (capabilities.gateway()) {
            assertThat(pids).as("keeper and gateway").hasSize(2);
        }

        owner.destroyForcibly();
        assertThat(owner.onExit().get(OWNER_DEADLINE_SECONDS, TimeUnit.SECONDS).exitValue())
                .as("killed by SIGKILL")
                .isEqualTo(128 + 9);

        assertThat(LabTraces.awaitExit(pids)).as("lab processes still running").isEmpty();
        assertThat(LabTraces.of(ip(), name, namespace, pids)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LabMode.class)
    void withoutTheGatewayTheLabOffersOnlyWhatNeedsNoGateway(LabMode mode) throws Exception {
        assumeUsable(mode);
        LabCapabilities noPython = new LabCapabilities(
                capabilities.uid(),
                capabilities.unavailable(),
                capabilities.ip(),
                capabilities.unshare(),
                capabilities.nsenter(),
                Optional.empty(),
                capabilities.tunDevice());
        try (NetworkLab lab = NetworkLab.open(noPython, mode)) {
            assertThat(lab.gatewayPid()).isEmpty();
            assertThat(lab.targets())
                    .isNotEmpty()
                    .noneMatch(LabTarget::needsGateway)
                    .contains(LabTarget.NO_ROUTE_V4, LabTarget.SILENT_HOST_V4, LabTarget.UNREACHABLE_ROUTE_V4);
        }
    }

    @ParameterizedTest
    @EnumSource(LabMode.class)
    void aFailingSetupIsReportedAndLeavesNothing(LabMode mode) {
        assumeUsable(mode);
        LabCapabilities brokenIp = new LabCapabilities(
                capabilities.uid(),
                capabilities.unavailable(),
                Optional.of(Path.of("/bin/false")),
                capabilities.unshare(),
                capabilities.nsenter(),
                capabilities.python(),
                capabilities.tunDevice());

        assertThatThrownBy(() -> NetworkLab.open(brokenIp, mode))
                .isInstanceOf(LabUnavailableException.class)
                .hasMessageStartingWith("the lab's setup failed (keeper exit code 1): ")
                .hasMessageContaining(
                        mode == LabMode.NETNS ? "no output" : "lab setup failed: /bin/false link set lo up");
        assertThat(LabTraces.of(ip(), "", "-", List.of())).isEmpty();
    }

    private static void assumeUsable(LabMode mode) {
        assumeTrue(
                capabilities.usable(mode),
                () -> mode.how() + ": " + capabilities.whyNot(mode).orElseThrow());
    }

    private static String ip() {
        return capabilities.ip().orElseThrow().toString();
    }

    private static List<Long> pids(long keeper, long gateway) {
        List<Long> pids = new ArrayList<>(List.of(keeper));
        if (gateway > 0) {
            pids.add(gateway);
        }
        return pids;
    }

    private static String firstLine(Process process) throws Exception {
        CompletableFuture<String> line = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                        line.complete(String.valueOf(in.readLine()));
                    } catch (Exception e) {
                        line.completeExceptionally(e);
                    }
                },
                "lab-owner-output");
        reader.setDaemon(true);
        reader.start();
        return line.get(OWNER_DEADLINE_SECONDS, TimeUnit.SECONDS);
    }
}
