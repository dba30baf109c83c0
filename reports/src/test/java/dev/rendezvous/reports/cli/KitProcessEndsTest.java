package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.process.ChildJava;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a process, stopped in the middle of a run: by SIGINT or SIGTERM it says so
 * in one line and ends its children; killed with SIGKILL, its children and the lab's helpers
 * notice and end by themselves.
 */
class KitProcessEndsTest {
    @TempDir
    Path dir;

    private Process kit;
    private final List<ProcessHandle> seen = new ArrayList<>();

    @AfterEach
    void endWhatIsLeft() {
        if (kit != null) {
            kit.destroyForcibly();
        }
        seen.forEach(ProcessHandle::destroyForcibly);
    }

    /** Starts a run of every clause and returns once three of them have their verdicts. */
    private CompletableFuture<String> startRunAndAwaitThreeVerdicts() throws Exception {
        List<String> cmd = ChildJava.command(
                Main.class,
                Main.class,
                List.of("run", "--tries", "3", "--out", dir.resolve("out").toString()));
        kit = new ProcessBuilder(cmd).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(kit.getInputStream(), StandardCharsets.UTF_8));
        int verdicts = 0;
        for (String line = out.readLine(); line != null && verdicts < 3; line = out.readLine()) {
            if (line.startsWith("[")) {
                verdicts++;
            }
        }
        assertThat(verdicts).as("verdicts printed before the kit ended").isEqualTo(3);
        seen.addAll(kit.descendants().collect(Collectors.toList()));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(kit.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    /**
     * Each process of the run has ended within {@code seconds}: gone, or a zombie (ended, waiting
     * to be reaped by a parent that, in a container whose first process reaps nothing, never comes).
     */
    private void assertNoProcessOfTheRunLeftWithin(long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (ProcessHandle p : seen) {
            while (running(p) && System.nanoTime() < deadline) {
                try {
                    p.onExit().get(50, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // look again: a zombie never completes onExit for a process that is not our child
                }
            }
            assertThat(running(p))
                    .as(
                            "%s (%s) still running: %s",
                            p.pid(), p.info().commandLine().orElse("?"), status(p))
                    .isFalse();
        }
    }

    private static boolean running(ProcessHandle p) {
        return p.isAlive() && !status(p).contains("zombie");
    }

    private static String status(ProcessHandle p) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
                    .filter(l -> l.startsWith("Name") || l.startsWith("State") || l.startsWith("PPid"))
                    .collect(Collectors.joining(", "));
        } catch (IOException e) {
            return "no /proc entry";
        }
    }

    private static void signal(long pid, String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    @Test
    void sigint_prints_one_line_of_what_was_not_written_and_ends_the_children_at_once() throws Exception {
        CompletableFuture<String> err = startRunAndAwaitThreeVerdicts();
        assertThat(seen).as("the run's child processes").isNotEmpty();

        signal(kit.pid(), "INT");

        assertThat(kit.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kit.exitValue()).isEqualTo(130);
        assertThat(err.get(10, TimeUnit.SECONDS).lines().collect(Collectors.toList()))
                .singleElement()
                .asString()
                .startsWith("rendezvous: stopped by SIGINT after ")
                .contains(" of 30 clauses; nothing was written to " + dir.resolve("out"));
        assertThat(Files.exists(dir.resolve("out").resolve("results.json"))).isFalse();
        assertNoProcessOfTheRunLeftWithin(2);
    }

    @Test
    void sigterm_is_said_as_such() throws Exception {
        CompletableFuture<String> err = startRunAndAwaitThreeVerdicts();

        signal(kit.pid(), "TERM");

        assertThat(kit.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kit.exitValue()).isEqualTo(143);
        assertThat(err.get(10, TimeUnit.SECONDS)).startsWith("rendezvous: stopped by SIGTERM after ");
        assertNoProcessOfTheRunLeftWithin(2);
    }

    @Test
    void after_sigkill_of_the_kit_no_process_of_the_run_is_left_two_seconds_later() throws Exception {
        startRunAndAwaitThreeVerdicts();
        assertThat(seen).as("the run's child processes").isNotEmpty();

        kit.destroyForcibly();
        assertThat(kit.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertNoProcessOfTheRunLeftWithin(2);
    }
}
