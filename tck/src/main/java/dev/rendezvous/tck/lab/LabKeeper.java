package dev.rendezvous.tck.lab;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The keeper process of a lab ({@code lab-keeper.sh}): started with a pipe as its standard
 * input, whose only writing end this JVM holds. Closing it, or this JVM dying, makes the
 * keeper stop the gateway and remove the namespace.
 */
final class LabKeeper {
    private static final Duration STARTUP = Duration.ofSeconds(20);
    private static final Duration SHUTDOWN = Duration.ofSeconds(10);

    /** What the keeper reported once the lab was up. */
    record Startup(String namespace, boolean ipv6, OptionalLong gatewayPid) {}

    private final Process process;
    private final Startup startup;

    private LabKeeper(Process process, Startup startup) {
        this.process = process;
        this.startup = startup;
    }

    /**
     * Starts the keeper and waits until it and the gateway have let go of their output.
     *
     * @param argv        the keeper's command line
     * @param withGateway whether a gateway was asked for
     */
    static LabKeeper start(List<String> argv, boolean withGateway) throws LabUnavailableException {
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new LabUnavailableException("cannot start the lab's keeper (" + argv.get(0) + "): " + e.getMessage());
        }
        String output;
        try {
            output = SystemCommand.readAll(process.getInputStream()).get(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new LabUnavailableException("interrupted while the lab was being set up");
        } catch (ExecutionException | TimeoutException e) {
            stop(process);
            throw new LabUnavailableException(
                    "the lab was not set up within " + STARTUP.toSeconds() + " s (" + e + ")");
        }
        Optional<Startup> startup = parse(output, withGateway);
        if (startup.isEmpty()) {
            stop(process);
            throw new LabUnavailableException(failure(process.exitValue(), output, withGateway));
        }
        return new LabKeeper(process, startup.get());
    }

    /** Reads the keeper's report; empty when a part of the lab did not come up. */
    static Optional<Startup> parse(String output, boolean withGateway) {
        String namespace = null;
        Boolean ipv6 = null;
        OptionalLong gateway = OptionalLong.empty();
        boolean ready = false;
        for (String line : output.split("\n")) {
            String[] words = line.strip().split(" ");
            if (words.length == 2 && words[0].equals("namespace")) {
                namespace = words[1];
            } else if (words.length == 2 && words[0].equals("ipv6")) {
                ipv6 = words[1].equals("yes");
            } else if (words.length == 3
                    && words[0].equals("gateway")
                    && words[1].equals("ready")
                    && words[2].matches("\\d{1,18}")) {
                gateway = OptionalLong.of(Long.parseLong(words[2]));
            } else if (line.strip().equals("keeper ready")) {
                ready = true;
            }
        }
        if (!ready || namespace == null || ipv6 == null || (withGateway && gateway.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Startup(namespace, ipv6, gateway));
    }

    /** The longest part of the keeper's own output a reason quotes. */
    private static final int QUOTED = 160;

    /**
     * Why the lab did not come up, in one short line: the keeper's first line that is not part of
     * its report (the error of the command that failed), and what its report lacks.
     */
    static String failure(int exitCode, String output, boolean withGateway) {
        String prefix = "the lab's setup failed (keeper exit code " + exitCode + "): ";
        if (output.isBlank()) {
            return prefix + "no output";
        }
        String error = output.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !reportLine(l))
                .findFirst()
                .map(l -> l.length() > QUOTED ? l.substring(0, QUOTED) + "…" : l)
                .orElse(null);
        List<String> missing = new java.util.ArrayList<>();
        if (output.lines().noneMatch(l -> l.strip().matches("namespace \\S+"))) {
            missing.add("its namespace");
        }
        if (output.lines().noneMatch(l -> l.strip().matches("ipv6 (yes|no)"))) {
            missing.add("whether it has IPv6");
        }
        if (withGateway && output.lines().noneMatch(l -> l.strip().matches("gateway ready \\d{1,18}"))) {
            missing.add("its gateway");
        }
        if (output.lines().noneMatch(l -> l.strip().equals("keeper ready"))) {
            missing.add("that it was ready");
        }
        String lacks = missing.isEmpty() ? "" : "it did not report " + String.join(", ", missing);
        return prefix + (error == null ? lacks : lacks.isEmpty() ? error : error + "; " + lacks);
    }

    private static boolean reportLine(String line) {
        return line.startsWith("namespace")
                || line.startsWith("ipv6 ")
                || line.startsWith("gateway ready")
                || line.equals("keeper ready");
    }

    Startup startup() {
        return startup;
    }

    /** The keeper's process id; for a user namespace, a process inside the namespace. */
    long pid() {
        return process.pid();
    }

    /**
     * Ends the lab: closes the keeper's input and waits until it (and the gateway) are gone.
     *
     * @return whether the keeper finished its cleanup by itself (else it had to be killed)
     */
    boolean stop() {
        boolean clean = stop(process);
        startup.gatewayPid().ifPresent(pid -> ProcessHandle.of(pid).ifPresent(LabKeeper::awaitExit));
        return clean;
    }

    private static boolean stop(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // Already closed: the keeper sees the end of its input either way.
        }
        if (awaitExit(process.toHandle()) && process.exitValue() == 0) {
            return true;
        }
        process.destroy();
        if (!awaitExit(process.toHandle())) {
            process.destroyForcibly();
            awaitExit(process.toHandle());
        }
        return false;
    }

    private static boolean awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
