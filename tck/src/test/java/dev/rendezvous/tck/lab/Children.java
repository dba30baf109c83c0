package dev.rendezvous.tck.lab;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs child processes for the lab's tests, each on a thread of its own. */
final class Children {
    private Children() {}

    static CompletableFuture<SystemCommand.Result> runAsync(List<String> argv, Duration deadline) {
        CompletableFuture<SystemCommand.Result> result = new CompletableFuture<>();
        Thread runner = new Thread(() -> result.complete(SystemCommand.run(argv, deadline)), "lab-child");
        runner.setDaemon(true);
        runner.start();
        return result;
    }
}
