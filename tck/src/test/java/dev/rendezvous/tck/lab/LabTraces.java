package dev.rendezvous.tck.lab;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a lab leaves on the machine while it exists, looked up from outside: its named
 * namespace, its processes, any process still in its namespace, its interfaces.
 */
public final class LabTraces {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private LabTraces() {}

    /**
     * Every trace of a lab still present, in words; empty when the lab is gone.
     *
     * @param name      the ip netns name, or empty
     * @param namespace the namespace identity ({@code net:[N]})
     * @param pids      the lab's own processes (keeper, gateway)
     */
    public static List<String> of(String ip, String name, String namespace, List<Long> pids) {
        List<String> traces = new ArrayList<>();
        if (!name.isEmpty()) {
            SystemCommand.Result list = SystemCommand.run(List.of(ip, "netns", "list"), DEADLINE);
            for (String line : list.output().split("\n")) {
                if (line.split(" ")[0].equals(name)) {
                    traces.add("ip netns list shows " + name);
                }
            }
        }
        for (long pid : pids) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                traces.add("process " + pid + " still runs");
            }
        }
        processesIn(namespace).forEach(pid -> traces.add("process " + pid + " is in " + namespace));
        SystemCommand.Result links = SystemCommand.run(List.of(ip, "-o", "link", "show"), DEADLINE);
        if (links.output().contains("rdv-")) {
            traces.add("an rdv- interface outside the lab: " + links.output());
        }
        return traces;
    }

    /** Waits (event-driven, bounded) until these processes have exited; returns those still running. */
    public static List<Long> awaitExit(List<Long> pids) {
        List<Long> running = new ArrayList<>();
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(handle -> {
                try {
                    handle.onExit().get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    running.add(pid);
                }
            });
        }
        return running;
    }

    private static List<Long> processesIn(String namespace) {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : proc) {
                try {
                    if (Files.readSymbolicLink(process.resolve("ns/net"))
                            .toString()
                            .equals(namespace)) {
                        pids.add(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // The process is gone, or not ours to look at.
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return pids;
    }
}
