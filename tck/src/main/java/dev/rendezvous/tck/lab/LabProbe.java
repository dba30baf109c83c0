package dev.rendezvous.tck.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds out whether this machine can make a {@link NetworkLab}, and how. It does not guess
 * from settings: for each {@link LabMode} it makes a throwaway namespace, brings up its
 * loopback, adds a veth pair and sets the SYN retry count there, and deletes it again
 * (a few tens of milliseconds). When a mode fails it records the precise reason.
 */
public final class LabProbe {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final String PYTHON_CHECK =
            "import socket, sys; socket.AF_PACKET; socket.IPPROTO_RAW; print(sys.executable)";

    private LabProbe() {}

    /** Probes this machine. */
    public static LabCapabilities probe() {
        int uid = effectiveUid();
        Optional<Path> ip = Executables.find("ip");
        Optional<Path> unshare = Executables.find("unshare");
        Optional<Path> nsenter = Executables.find("nsenter");
        Map<LabMode, String> unavailable = new EnumMap<>(LabMode.class);
        if (!System.getProperty("os.name", "").equals("Linux")) {
            String reason = "network namespaces need Linux; this is " + System.getProperty("os.name");
            unavailable.put(LabMode.NETNS, reason);
            unavailable.put(LabMode.USER_NAMESPACE, reason);
        } else if (ip.isEmpty()) {
            String reason = "ip (iproute2) not found on PATH nor in /usr/sbin, /sbin";
            unavailable.put(LabMode.NETNS, reason);
            unavailable.put(LabMode.USER_NAMESPACE, reason);
        } else if (Executables.find("readlink").isEmpty()) {
            String reason = "readlink (coreutils) not found on PATH nor in /usr/bin, /bin: the lab's setup needs it";
            unavailable.put(LabMode.NETNS, reason);
            unavailable.put(LabMode.USER_NAMESPACE, reason);
        } else {
            netnsProblem(uid, ip.get()).ifPresent(r -> unavailable.put(LabMode.NETNS, r));
            userNamespaceProblem(uid, ip.get(), unshare, nsenter)
                    .ifPresent(r -> unavailable.put(LabMode.USER_NAMESPACE, r));
        }
        return new LabCapabilities(
                uid, unavailable, ip, unshare, nsenter, python(), Files.exists(Path.of("/dev/net/tun")));
    }

    private static Optional<String> netnsProblem(int uid, Path ip) {
        if (uid != 0) {
            return Optional.of("not root (uid " + uid + "): ip netns needs root");
        }
        String name = LabNames.fresh("rdv-probe-");
        SystemCommand.Result added = SystemCommand.run(List.of(ip.toString(), "netns", "add", name), DEADLINE);
        if (!added.succeeded()) {
            return Optional.of("ip netns add failed: " + added.explanation());
        }
        try {
            SystemCommand.Result trial =
                    SystemCommand.run(List.of(ip.toString(), "netns", "exec", name, "sh", "-c", trial(ip)), DEADLINE);
            return trial.succeeded()
                    ? Optional.empty()
                    : Optional.of("cannot set up a namespace made by ip netns: " + trial.explanation());
        } finally {
            SystemCommand.run(List.of(ip.toString(), "netns", "delete", name), DEADLINE);
        }
    }

    private static Optional<String> userNamespaceProblem(
            int uid, Path ip, Optional<Path> unshare, Optional<Path> nsenter) {
        if (unshare.isEmpty()) {
            return Optional.of("unshare (util-linux) not found on PATH nor in /usr/bin, /bin");
        }
        if (nsenter.isEmpty()) {
            return Optional.of("nsenter (util-linux) not found on PATH nor in /usr/bin, /bin");
        }
        SystemCommand.Result trial = SystemCommand.run(
                List.of(unshare.get().toString(), "--user", "--map-root-user", "--net", "sh", "-c", trial(ip)),
                DEADLINE);
        if (trial.succeeded()) {
            return Optional.empty();
        }
        String reason = UserNamespaceDiagnosis.explain(trial.explanation(), uid == 0);
        return Optional.of(uid == 0 ? reason : "not root (uid " + uid + ") and " + reason);
    }

    /** What a lab needs inside its namespace: loopback up, a veth pair, the SYN retry setting. */
    private static String trial(Path ip) {
        return ip + " link set lo up && " + ip + " link add rdv-probe type veth peer name rdv-probe-gw"
                + " && echo 1 > /proc/sys/net/ipv4/tcp_syn_retries";
    }

    /** The interpreter behind {@code python3} (a pyenv shim resolves to the real one), if usable. */
    private static Optional<Path> python() {
        Optional<Path> python3 = Executables.find("python3");
        if (python3.isEmpty()) {
            return Optional.empty();
        }
        SystemCommand.Result check = SystemCommand.run(List.of(python3.get().toString(), "-c", PYTHON_CHECK), DEADLINE);
        if (!check.succeeded()) {
            return Optional.empty();
        }
        Path resolved = Path.of(check.output().strip());
        return Files.isExecutable(resolved) ? Optional.of(resolved) : Optional.empty();
    }

    private static int effectiveUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.substring(4).strip().split("\\s+")[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
