package dev.rendezvous.tck.lab;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a short system command under a deadline and collects its output (stdout and stderr). */
final class SystemCommand {
    /** What a command did: its exit code ({@code -1} when it overran its deadline) and output. */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }

        /** The output on one line, or {@code exit code N} when there was none. */
        String explanation() {
            String text = output.strip().replace('\n', ' ');
            return text.isEmpty() ? "exit code " + exitCode : text;
        }
    }

    private SystemCommand() {}

    static Result run(List<String> argv, Duration deadline) {
        Process process;
        try {
            process = new ProcessBuilder(argv)
                    .redirectErrorStream(true)
                    .redirectInput(new File("/dev/null"))
                    .start();
        } catch (IOException e) {
            return new Result(-1, "cannot start " + argv.get(0) + ": " + e.getMessage());
        }
        CompletableFuture<String> output = readAll(process.getInputStream());
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", argv) + " did not finish within " + deadline.toMillis() + " ms");
            }
            return new Result(process.exitValue(), output.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted while running " + argv.get(0));
        } catch (ExecutionException | TimeoutException e) {
            return new Result(process.exitValue(), "(output not readable: " + e + ")");
        }
    }

    /** Reads a stream to its end on a daemon thread of its own (blocking reads stay off shared pools). */
    static CompletableFuture<String> readAll(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (stream) {
                        text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException | RuntimeException e) {
                        text.completeExceptionally(e);
                    }
                },
                "rendezvous-lab-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
