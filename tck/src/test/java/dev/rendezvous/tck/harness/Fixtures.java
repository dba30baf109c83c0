package dev.rendezvous.tck.harness;

import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.check.Knobs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Shared pieces of the harness's tests: short knobs, a run context, a call that blocks. */
final class Fixtures {
    /** A 10 ms quiet window and a 50 ms event deadline: calls hang after 100 ms, cases after 150 ms. */
    static final Knobs QUICK = new Knobs(Duration.ofMillis(10), Duration.ofMillis(50), 1.0);

    /** A clause that applies to any claimed family. */
    static final String CLAUSE = "SERVER-BIND-LISTEN";

    private Fixtures() {}

    static RunContext run(SocketStack stack, int tries) {
        return run(stack, tries, 42L);
    }

    static RunContext run(SocketStack stack, int tries, long seed) {
        return new RunContext(
                stack, Set.of(Feature.INET, Feature.UNIX), QUICK, seed, tries, Path.of("/tmp"), "no lab in unit tests");
    }

    /**
     * Blocks the calling thread until it is interrupted (or, as a bound, 10 s pass), then counts
     * {@code interrupted} down if it was interrupted.
     */
    static void blockUntilInterrupted(CountDownLatch interrupted) {
        try {
            new CountDownLatch(1).await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted.countDown();
        }
    }
}
