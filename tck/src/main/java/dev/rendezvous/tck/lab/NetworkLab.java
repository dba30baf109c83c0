package dev.rendezvous.tck.lab;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.process.ChildJava;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A network namespace the kit makes for the duration of a run, in which the contract's
 * connection errors are provoked for real, in seconds, with no packet leaving the machine.
 *
 * <p>Inside: loopback up, one veth pair whose both ends stay inside (no link to any other
 * network), only documentation-range addresses, reject routes, a gateway process that
 * answers SYNs with ICMP errors or resets, and {@code net.ipv4.tcp_syn_retries=1} so that
 * ETIMEDOUT comes after about 3 s. {@link LabTarget} lists the destinations and what they do.
 *
 * <pre>{@code
 * LabCapabilities capabilities = LabProbe.probe();
 * try (NetworkLab lab = NetworkLab.open(capabilities)) {
 *     List<String> argv = lab.javaCommand("com.example.Check", List.of());
 *     Process child = new ProcessBuilder(argv).start();   // runs inside the namespace
 *     ...                                                 // wait for it before close()
 * }
 * }</pre>
 *
 * <p>Nothing is left behind: a keeper process holds the namespace and watches a pipe whose
 * only writing end this JVM holds; when the lab is closed, or this JVM dies in any way
 * (also {@code kill -9}), the keeper stops the gateway and deletes the namespace. On a
 * normal exit a shutdown hook closes the lab and waits for that. Programs started with
 * {@link #command(List)} are the caller's: end them before closing the lab.
 */
public final class NetworkLab implements AutoCloseable {
    private final LabMode mode;
    private final String name;
    private final LabCapabilities capabilities;
    private final LabKeeper keeper;
    private final LabDescription description;
    private final Thread shutdownHook = new Thread(this::close, "rendezvous-lab-close");
    private boolean closed;

    private NetworkLab(LabMode mode, String name, LabCapabilities capabilities, LabKeeper keeper) {
        this.mode = mode;
        this.name = name;
        this.capabilities = capabilities;
        this.keeper = keeper;
        List<LabTarget> targets = new ArrayList<>();
        for (LabTarget target : LabTarget.values()) {
            boolean familyThere =
                    target.family() == AddressFamily.AF_INET || keeper.startup().ipv6();
            boolean gatewayThere =
                    !target.needsGateway() || keeper.startup().gatewayPid().isPresent();
            if (familyThere && gatewayThere) {
                targets.add(target);
            }
        }
        this.description = new LabDescription(mode, name, keeper.startup().namespace(), targets);
    }

    /**
     * Makes a lab in the preferred mode of these capabilities ({@code ip netns} when root).
     *
     * @throws LabUnavailableException with the precise reason, if no lab can be made here
     */
    public static NetworkLab open(LabCapabilities capabilities) throws LabUnavailableException {
        LabMode mode = capabilities
                .preferredMode()
                .orElseThrow(
                        () -> new LabUnavailableException(capabilities.whyNot().orElseThrow()));
        return open(capabilities, mode);
    }

    /**
     * Makes a lab in the given mode.
     *
     * @throws LabUnavailableException with the precise reason, if this mode cannot be used here
     *                                 or the setup failed
     */
    public static NetworkLab open(LabCapabilities capabilities, LabMode mode) throws LabUnavailableException {
        if (!capabilities.usable(mode)) {
            throw new LabUnavailableException(
                    mode.how() + ": " + capabilities.whyNot(mode).orElseThrow());
        }
        String ip = capabilities.ip().orElseThrow().toString();
        String name = mode == LabMode.NETNS ? LabNames.fresh("rdv-") : "";
        List<String> argv = new ArrayList<>();
        if (mode == LabMode.USER_NAMESPACE) {
            argv.addAll(List.of(capabilities.unshare().orElseThrow().toString(), "--user", "--map-root-user", "--net"));
        }
        argv.addAll(List.of("sh", "-c", LabResources.KEEPER, "lab-keeper", ip, name, LabResources.SETUP));
        capabilities.python().ifPresent(python -> {
            argv.addAll(List.of(python.toString(), "-c", LabResources.GATEWAY));
            argv.addAll(LabNetwork.gatewayArguments());
        });
        LabKeeper keeper = LabKeeper.start(argv, capabilities.gateway());
        NetworkLab lab = new NetworkLab(mode, name, capabilities, keeper);
        Runtime.getRuntime().addShutdownHook(lab.shutdownHook);
        return lab;
    }

    /** How this lab's namespace was made. */
    public LabMode mode() {
        return mode;
    }

    /** The targets this lab offers (IPv6 ones only where IPv6 is on, gateway ones only with the gateway). */
    public List<LabTarget> targets() {
        return description.targets();
    }

    /** The targets of this lab that make a blocking connect fail with this errno. */
    public List<LabTarget> targets(Errno errno) {
        return targets().stream().filter(t -> t.expected().contains(errno)).collect(Collectors.toList());
    }

    /** The description to hand to programs inside ({@link LabDescription#jvmArgument()}). */
    public LabDescription description() {
        return description;
    }

    /**
     * The command line that runs {@code argv} inside the lab's namespace:
     * {@code ip netns exec NAME argv…}, or {@code nsenter --target PID --user --net
     * --preserve-credentials argv…} for a user namespace. The program keeps this process's
     * user and file system; only its network is the lab's.
     */
    public List<String> command(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("no program to run inside the lab");
        }
        List<String> command = new ArrayList<>();
        if (mode == LabMode.NETNS) {
            command.addAll(List.of(capabilities.ip().orElseThrow().toString(), "netns", "exec", name));
        } else {
            command.addAll(List.of(
                    capabilities.nsenter().orElseThrow().toString(),
                    "--target",
                    Long.toString(keeper.pid()),
                    "--user",
                    "--net",
                    "--preserve-credentials",
                    "--"));
        }
        command.addAll(argv);
        return command;
    }

    /**
     * The command line that runs a class of this JVM's class path in a child JVM inside the
     * lab: the same {@code java}, {@code -cp} this class path, the lab's description as
     * {@value LabDescription#PROPERTY}, then the class and its arguments.
     */
    public List<String> javaCommand(String mainClass, List<String> arguments) {
        return command(ChildJava.command(List.of(description.jvmArgument()), mainClass, arguments));
    }

    /** The keeper's process id (for a user namespace, also a process inside it). */
    public long keeperPid() {
        return keeper.pid();
    }

    /** The gateway's process id, when the gateway runs. */
    public OptionalLong gatewayPid() {
        return keeper.startup().gatewayPid();
    }

    /**
     * Removes the lab: the gateway stops, the namespace and its interfaces go. Returns once the
     * keeper and the gateway have exited. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down; the hook closes this lab too, harmlessly.
            }
        }
        boolean clean = keeper.stop();
        if (mode == LabMode.NETNS && !clean) {
            SystemCommand.run(
                    List.of(capabilities.ip().orElseThrow().toString(), "netns", "delete", name),
                    Duration.ofSeconds(10));
        }
    }

    @Override
    public String toString() {
        return "network lab " + (name.isEmpty() ? description.namespace() : name) + " (" + mode.how() + ")";
    }
}
