package dev.rendezvous.tck.engine;

/**
 * The configuration parameters of the kit's engine (also read from system properties of the
 * same names). A vendor's {@code @Suite} sets them with {@code @ConfigurationParameter}.
 */
public final class ConfigKeys {
    /** The implementation's class name; absent: its one META-INF/services entry. */
    public static final String STACK = "rendezvous.stack";
    /** Jars (or directories) to load the implementation from, separated by the platform's path separator; absent: the class path. */
    public static final String IMPL_JARS = "rendezvous.impl.jars";
    /**
     * A driver's command line (words split as a POSIX shell would, nothing expanded): the
     * implementation is that program, over the wire protocol ({@code docs/wire-protocol.md});
     * takes the place of {@link #STACK}.
     */
    public static final String DRIVER = "rendezvous.driver";
    /** The seed (a number, or {@code random}). */
    public static final String SEED = "rendezvous.seed";
    /** Tries per property. */
    public static final String TRIES = "rendezvous.tries";
    /** {@code true}: NOT_VERIFIED counts as FAILED. */
    public static final String STRICT = "rendezvous.strict";
    /** The quiet window in milliseconds. */
    public static final String QUIET_MS = "rendezvous.quiet.ms";
    /** The event deadline in milliseconds. */
    public static final String EVENT_MS = "rendezvous.event.ms";
    /** The scale factor of both timing knobs. */
    public static final String SCALE = "rendezvous.scale";
    /** Comma-separated clause IDs to run; absent: all. */
    public static final String CLAUSES = "rendezvous.clauses";
    /** A replay token: re-run exactly that case. */
    public static final String REPLAY = "rendezvous.replay";
    /** A directory: the engine writes {@code results.json} into it after the run. */
    public static final String RESULTS_DIR = "rendezvous.results.dir";
    /**
     * A system property (not a configuration parameter): when set, the run makes no network lab,
     * and the lab's clauses are NOT_VERIFIED with its value as the reason. Child JVMs of the run
     * get it too.
     */
    public static final String LAB_DISABLED = "rendezvous.lab.disabled";
    /** Internal: hands the run's result back to {@link dev.rendezvous.tck.launch.KitRunner}. */
    public static final String RUN_ID = "rendezvous.run.id";

    private ConfigKeys() {}
}
