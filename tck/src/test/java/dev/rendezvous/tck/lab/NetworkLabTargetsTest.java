package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.rendezvous.api.AddressFamily;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every target of the lab, for real: a child JVM inside the namespace connects (blocking)
 * to all targets at once, and each must fail with its errno within its time window. Both
 * ways of making the namespace are opened up front and run side by side (≈ 4 s in all).
 */
class NetworkLabTargetsTest {
    private static final Duration CHILD_DEADLINE = Duration.ofSeconds(60);

    private static LabCapabilities capabilities;
    private static final Map<LabMode, NetworkLab> LABS = new EnumMap<>(LabMode.class);
    private static final Map<LabMode, String> OPEN_FAILURES = new EnumMap<>(LabMode.class);
    private static final Map<LabMode, CompletableFuture<SystemCommand.Result>> RUNS = new EnumMap<>(LabMode.class);

    @BeforeAll
    static void openLabsAndConnect() {
        capabilities = LabProbe.probe();
        for (LabMode mode : LabMode.values()) {
            if (!capabilities.usable(mode)) {
                continue;
            }
            try {
                NetworkLab lab = NetworkLab.open(capabilities, mode);
                LABS.put(mode, lab);
                List<String> argv = lab.javaCommand(LabConnectProbe.class.getName(), List.of());
                RUNS.put(mode, Children.runAsync(argv, CHILD_DEADLINE));
            } catch (LabUnavailableException e) {
                OPEN_FAILURES.put(mode, e.getMessage());
            }
        }
    }

    @AfterAll
    static void closeLabs() {
        RUNS.values()
                .forEach(run -> run.orTimeout(CHILD_DEADLINE.toSeconds(), TimeUnit.SECONDS)
                        .exceptionally(e -> null)
                        .join());
        LABS.values().forEach(NetworkLab::close);
    }

    @TestFactory
    Stream<DynamicTest> everyTargetInANamespaceMadeByIpNetns() {
        return targets(LabMode.NETNS);
    }

    @TestFactory
    Stream<DynamicTest> everyTargetInAUserNamespace() {
        return targets(LabMode.USER_NAMESPACE);
    }

    private static Stream<DynamicTest> targets(LabMode mode) {
        if (!capabilities.usable(mode)) {
            String reason = mode.how() + ": " + capabilities.whyNot(mode).orElseThrow();
            return Stream.of(dynamicTest(mode.how() + " is not usable here", () -> assumeTrue(false, reason)));
        }
        NetworkLab lab = LABS.get(mode);
        if (lab == null) {
            return Stream.of(dynamicTest(mode.how() + " opens", () -> fail(OPEN_FAILURES.get(mode))));
        }
        DynamicTest child = dynamicTest("a child JVM runs inside the lab and reports every target", () -> {
            SystemCommand.Result run = childRun(mode);
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output())
                    .as("the child runs inside the lab's namespace")
                    .contains("inside true");
            assertThat(ConnectOutcome.parse(run.output()).keySet()).containsExactlyElementsOf(lab.targets());
            if (capabilities.gateway()) {
                assertThat(lab.targets())
                        .as("with the gateway, the lab offers every IPv4 target")
                        .containsAll(Stream.of(LabTarget.values())
                                .filter(t -> t.family() == AddressFamily.AF_INET)
                                .toList());
            }
        });
        return Stream.concat(
                Stream.of(child),
                lab.targets().stream()
                        .map(target -> dynamicTest(target.describe(), () -> {
                            ConnectOutcome outcome = ConnectOutcome.parse(
                                            childRun(mode).output())
                                    .get(target);
                            assertThat(outcome)
                                    .as("the child's report on " + target)
                                    .isNotNull();
                            System.out.println(mode + " " + outcome);
                            assertThat(outcome.errno())
                                    .as(outcome.toString())
                                    .hasValueSatisfying(errno ->
                                            assertThat(target.expected()).contains(errno));
                            assertThat(target.timing().contains(outcome.took()))
                                    .as(outcome + " should take "
                                            + target.timing().window())
                                    .isTrue();
                        })));
    }

    private static SystemCommand.Result childRun(LabMode mode) throws Exception {
        return RUNS.get(mode).get(CHILD_DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }
}
