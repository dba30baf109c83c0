package dev.rendezvous.tck.run;

import dev.rendezvous.tck.harness.Knobs;
import dev.rendezvous.tck.wire.WireSocketStack;
import java.util.Set;

/**
 * How to run the kit.
 *
 * @param stackClass the implementation's class name, or {@code driver:COMMAND} for a driver
 *     ({@link #withDriver}); null: the one {@code META-INF/services} entry for
 *     {@code dev.rendezvous.api.SocketStack} on the class path
 * @param loader where to load it from; null: the thread's context class loader
 * @param seed the seed every property draws from
 * @param tries tries per property (properties may cap theirs lower)
 * @param strict whether NOT_VERIFIED becomes FAILED
 * @param knobs the timing knobs
 * @param clauseIds the clauses to run; empty: all
 * @param replayToken a replay token: re-run exactly that one case; null: a normal run
 */
public record RunOptions(
        String stackClass,
        ClassLoader loader,
        long seed,
        int tries,
        boolean strict,
        Knobs knobs,
        Set<String> clauseIds,
        String replayToken) {

    /** The default seed of this kit version: certification runs are reproducible. */
    public static final long DEFAULT_SEED = 20261125L;
    /** What starts a {@link #stackClass} that names a driver: {@code driver:COMMAND}. */
    public static final String DRIVER_PREFIX = WireSocketStack.REFERENCE_PREFIX;
    /** The default tries per property. */
    public static final int DEFAULT_TRIES = 25;

    public RunOptions {
        clauseIds = Set.copyOf(clauseIds);
        if (tries < 1) {
            throw new KitException("tries must be at least 1, got " + tries);
        }
    }

    /** The defaults: ServiceLoader, default seed and tries, not strict, default knobs, every clause. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, DEFAULT_SEED, DEFAULT_TRIES, false, Knobs.DEFAULT, Set.of(), null);
    }

    public RunOptions withStackClass(String c) {
        return new RunOptions(c, loader, seed, tries, strict, knobs, clauseIds, replayToken);
    }

    /**
     * The implementation is a driver: the program {@code command} starts (words split as a POSIX
     * shell would, nothing expanded), over the wire protocol ({@code docs/wire-protocol.md}).
     */
    public RunOptions withDriver(String command) {
        return withStackClass(DRIVER_PREFIX + command);
    }

    public RunOptions withLoader(ClassLoader l) {
        return new RunOptions(stackClass, l, seed, tries, strict, knobs, clauseIds, replayToken);
    }

    public RunOptions withSeed(long s) {
        return new RunOptions(stackClass, loader, s, tries, strict, knobs, clauseIds, replayToken);
    }

    public RunOptions withTries(int t) {
        return new RunOptions(stackClass, loader, seed, t, strict, knobs, clauseIds, replayToken);
    }

    public RunOptions withStrict(boolean s) {
        return new RunOptions(stackClass, loader, seed, tries, s, knobs, clauseIds, replayToken);
    }

    public RunOptions withKnobs(Knobs k) {
        return new RunOptions(stackClass, loader, seed, tries, strict, k, clauseIds, replayToken);
    }

    public RunOptions withClauseIds(Set<String> ids) {
        return new RunOptions(stackClass, loader, seed, tries, strict, knobs, ids, replayToken);
    }

    public RunOptions withReplayToken(String t) {
        return new RunOptions(stackClass, loader, seed, tries, strict, knobs, clauseIds, t);
    }
}
