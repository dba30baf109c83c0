package dev.rendezvous.reports.cli;

import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.KitRunner;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;

/** What runs the kit for the {@code run} command: {@link KitRunner#run} unless a test gives another. */
@FunctionalInterface
public interface KitLauncher {
    /** The kit itself. */
    KitLauncher KIT = KitRunner::run;

    /** Runs the kit with {@code options}, telling {@code progress} as it goes. */
    RunResult launch(RunOptions options, RunProgress progress);
}
