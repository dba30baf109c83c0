package dev.rendezvous.tck.run;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.property.PropertyConfig;
import dev.rendezvous.tck.wire.WireSocketStack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to run the kit.
 *
 * @param stackClass the implementation's class name, or {@code driver:COMMAND} for a driver
 *     ({@link #withDriver}); null: the one {@code META-INF/services}
 *     entry for {@code dev.rendezvous.api.SocketStack} on the class path
 * @param implJars jars (or directories) to load it from, beyond the kit's own class loader; empty: that loader alone
 * @param seed the seed every property draws from
 * @param tries tries per property (properties may cap theirs lower)
 * @param strict whether NOT_VERIFIED becomes FAILED
 * @param knobs the timing knobs
 * @param clauseIds the clauses to run; empty: all
 * @param replayToken a replay token: re-run exactly that one case; null: a normal run
 */
public record RunOptions(
        String stackClass,
        List<Path> implJars,
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
    /** The default tries per property: the property engine's own default. */
    public static final int DEFAULT_TRIES = PropertyConfig.DEFAULT_TRIES;
    /** The most tries per property a run may ask for. */
    public static final int MAX_TRIES = 1_000_000;

    public RunOptions {
        implJars = List.copyOf(implJars);
        clauseIds = Set.copyOf(clauseIds);
        if (tries < 1 || tries > MAX_TRIES) {
            throw new KitException("tries must be between 1 and " + MAX_TRIES + ", got " + tries);
        }
    }

    /**
     * The clauses the run gives verdicts to, in catalogue order: the replay token's one, those
     * asked for, or all.
     *
     * @throws KitException for a malformed replay token or an ID the catalogue does not have
     */
    public List<Clause> clauses() {
        if (replayToken != null) {
            return List.of(Replays.clauseOf(replayToken));
        }
        if (clauseIds.isEmpty()) {
            return Catalogue.all();
        }
        Set<String> unknown = new TreeSet<>(clauseIds);
        List<Clause> out = new ArrayList<>();
        for (Clause c : Catalogue.all()) {
            if (clauseIds.contains(c.id())) {
                out.add(c);
                unknown.remove(c.id());
            }
        }
        if (!unknown.isEmpty()) {
            throw new KitException("no clause with id " + String.join(", ", unknown) + " in the catalogue");
        }
        return List.copyOf(out);
    }

    /** The defaults: ServiceLoader, default seed and tries, not strict, default knobs, every clause. */
    public static RunOptions defaults() {
        return new RunOptions(null, List.of(), DEFAULT_SEED, DEFAULT_TRIES, false, Knobs.DEFAULT, Set.of(), null);
    }

    public RunOptions withStackClass(String c) {
        return new RunOptions(c, implJars, seed, tries, strict, knobs, clauseIds, replayToken);
    }

    public RunOptions withImplJars(List<Path> jars) {
        return new RunOptions(stackClass, jars, seed, tries, strict, knobs, clauseIds, replayToken);
    }

    /**
     * The implementation is a driver: the program {@code command} starts (words split as a POSIX
     * shell would, nothing expanded), over the wire protocol ({@code docs/wire-protocol.md}).
     */
    public RunOptions withDriver(String command) {
        return withStackClass(DRIVER_PREFIX + command);
    }

    public RunOptions withSeed(long s) {
        return new RunOptions(stackClass, implJars, s, tries, strict, knobs, clauseIds, replayToken);
    }

    public RunOptions withTries(int t) {
        return new RunOptions(stackClass, implJars, seed, t, strict, knobs, clauseIds, replayToken);
    }

    public RunOptions withStrict(boolean s) {
        return new RunOptions(stackClass, implJars, seed, tries, s, knobs, clauseIds, replayToken);
    }

    public RunOptions withKnobs(Knobs k) {
        return new RunOptions(stackClass, implJars, seed, tries, strict, k, clauseIds, replayToken);
    }

    public RunOptions withClauseIds(Set<String> ids) {
        return new RunOptions(stackClass, implJars, seed, tries, strict, knobs, ids, replayToken);
    }

    public RunOptions withReplayToken(String t) {
        return new RunOptions(stackClass, implJars, seed, tries, strict, knobs, clauseIds, t);
    }
}
