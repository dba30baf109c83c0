package dev.rendezvous.tck.run;

import dev.rendezvous.tck.results.RunResult;

/**
 * The documented entry point for running the kit from code (the command line uses it): runs
 * every clause against one implementation on the JUnit Platform and gives back the run's
 * result.
 */
public final class KitRunner {
    private KitRunner() {}

    /**
     * Runs the kit.
     *
     * @throws KitException when the kit cannot run as asked (the message says why, in one line)
     */
    public static RunResult run(RunOptions options, RunProgress progress) {
        throw new KitException("the kit's engine is not wired yet");
    }
}
