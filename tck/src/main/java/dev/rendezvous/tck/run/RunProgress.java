package dev.rendezvous.tck.run;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;

/** Told of each clause as the run goes; called from the run's threads, one clause at a time per clause. */
public interface RunProgress {
    /** Nothing is told. */
    RunProgress SILENT = new RunProgress() {};

    /** The implementation is loaded: its name, version, class, features and the environment probe. */
    default void runStarted(java.util.Map<String, Object> meta) {}

    /** The clause {@code index} (1-based) of {@code total} starts. */
    default void clauseStarted(Clause clause, int index, int total) {}

    /** The clause has its verdict. */
    default void clauseFinished(ClauseResult result, int index, int total) {}
}
