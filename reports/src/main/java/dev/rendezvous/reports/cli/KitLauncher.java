package dev.rendezvous.reports.cli;

import dev.rendezvous.tck.launch.IsolatedRunner;
import dev.rendezvous.tck.launch.KitRunner;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;

/** What runs the kit for the {@code run} command: the kit itself unless a test gives another. */
@FunctionalInterface
public interface KitLauncher {
    /** The kit in this JVM, with the implementation loaded beside it. */
    KitLauncher IN_PROCESS = KitRunner::run;

    /** The kit with the implementation in child JVMs: crashes, exits and hangs become verdicts. */
    KitLauncher ISOLATED = IsolatedRunner::run;

    /** The default: isolated. */
    KitLauncher KIT = ISOLATED;

    /** Runs the kit with {@code options}, telling {@code progress} as it goes. */
    RunResult launch(RunOptions options, RunProgress progress);
}
