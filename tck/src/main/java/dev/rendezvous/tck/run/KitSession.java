package dev.rendezvous.tck.run;

import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.harness.ClauseRunner;
import dev.rendezvous.tck.harness.RunContext;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.StackLoader;
import dev.rendezvous.tck.process.ChildJava;
import dev.rendezvous.tck.property.ReplayToken;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.FailingCase;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.wire.WireSocketStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of the kit against one implementation, apart from how it is driven (the JUnit
 * Platform engine drives it clause by clause): loads the implementation, probes the
 * environment, gives each clause its verdict, applies strict mode, and assembles the result.
 */
public final class KitSession implements AutoCloseable {
    private final RunOptions options;
    private final SocketStack stack;
    private final Set<Feature> claimed;
    private final Path unixDir;
    private final LabAccess lab;
    private final Map<String, Object> environment;
    private final ReplayToken replay;
    private final Instant started = Instant.now();
    private final Set<Clause> labStarted = ConcurrentHashMap.newKeySet();
    private volatile CompletableFuture<Map<String, ClauseResult>> fromLab = CompletableFuture.completedFuture(Map.of());

    private KitSession(RunOptions options, LabAccess lab) {
        this.options = options;
        this.replay = options.replayToken() == null ? null : Replays.parse(options.replayToken());
        this.stack = StackLoader.load(
                options.stackClass(),
                StackLoader.loaderOf(options.implJars(), Thread.currentThread().getContextClassLoader()));
        try {
            this.claimed = Set.copyOf(stack.features());
        } catch (RuntimeException e) {
            throw new KitException("features() of " + stack.getClass().getName() + " failed: " + e);
        }
        try {
            this.unixDir = UnixNameDirectory.create(UnixNameDirectory.PARENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.environment = new LinkedHashMap<>(EnvironmentProbe.probe(unixDir));
        this.lab = lab;
        this.environment.put("lab", lab.describe());
    }

    /**
     * Opens a session: loads the implementation and probes the environment, the lab the kit
     * provides included where one of the session's clauses needs it (a session without such a
     * clause says that it did not look).
     */
    public static KitSession open(RunOptions options) {
        return open(options, labNeeded(options) ? LabAccess.find() : LabAccess.absent(NOT_PROBED));
    }

    /** Whether a clause of the run needs the lab; true when the clauses cannot be read (the run says why later). */
    private static boolean labNeeded(RunOptions options) {
        try {
            return options.clauses().stream().anyMatch(KitSession::needsLab);
        } catch (KitException e) {
            return true;
        }
    }

    /** What a session none of whose clauses needs the network lab says of the lab. */
    static final String NOT_PROBED = "not looked for: no clause of this run needs the network lab";

    /** Opens a session with {@code lab} for the clauses that need the network lab. */
    public static KitSession open(RunOptions options, LabAccess lab) {
        return new KitSession(options, lab);
    }

    /** The clauses this session runs, in catalogue order ({@link RunOptions#clauses}). */
    public List<Clause> clauses() {
        return options.clauses();
    }

    /**
     * Starts, in the background, those of {@code clauses} that need the network lab, with the
     * implementation in a child JVM inside the lab (none when this JVM is inside it): their
     * verdicts wait for {@link #verdict}; the rest run when asked for.
     */
    public void startLab(List<Clause> clauses) {
        List<Clause> inLab = labClauses(clauses);
        labStarted.addAll(inLab);
        fromLab = lab.start(options, inLab, ChildJava.classPathOf(stack.getClass()));
    }

    /**
     * Gives one clause its verdict: a clause started in the lab waits for the lab's (or, where the
     * lab could not be used, runs here and gets NOT_VERIFIED with the reason); any other runs now.
     */
    public ClauseResult verdict(Clause clause) {
        if (labStarted.contains(clause)) {
            Map<String, ClauseResult> lab = fromLab.join();
            if (lab.containsKey(clause.id())) {
                return lab.get(clause.id());
            }
        }
        return run(clause);
    }

    /** The clauses of {@code clauses} that run inside the network lab (none when this JVM is inside it). */
    List<Clause> labClauses(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        if (lab.inside()) {
            return out;
        }
        for (Clause c : clauses) {
            if (needsLab(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether a clause has a property that needs the network lab. */
    public static boolean needsLab(Clause clause) {
        return Checks.forClause(clause.id()).stream().anyMatch(Property::needsLab);
    }

    /** Gives one clause its verdict (strict mode applied). */
    public ClauseResult run(Clause clause) {
        ClauseRunner runner = new ClauseRunner(new RunContext(
                stack, claimed, options.knobs(), options.seed(), options.tries(), unixDir, lab.absence()));
        ClauseResult r = replay != null
                ? runner.replay(Replays.property(replay), replay)
                : runner.run(clause, Checks.forClause(clause.id()));
        return options.strict() ? strict(r) : r;
    }

    private static ClauseResult strict(ClauseResult r) {
        if (r.verdict() != Verdict.NOT_VERIFIED) {
            return r;
        }
        String reason = "strict mode: not verified: " + r.reason();
        return r.withVerdict(Verdict.FAILED, reason)
                .withCounterexample(new FailingCase(r.clause().id(), reason, List.of(), List.of(), 0, ""));
    }

    /** The run's result from the clauses' results. */
    public RunResult result(List<ClauseResult> results) {
        return RunAssembly.assemble(meta(), options, started, Instant.now(), results);
    }

    /**
     * What the run is about: the implementation's name, version, class ({@code driver:COMMAND} for
     * a driver), claimed features, and the environment.
     */
    public Map<String, Object> meta() {
        List<String> features = new ArrayList<>();
        claimed.stream().sorted().forEach(f -> features.add(f.name()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", safe(stack::name));
        m.put("version", safe(stack::version));
        m.put("class", WireSocketStack.referenceOf(stack));
        m.put("features", features);
        m.put("environment", environment);
        return m;
    }

    private static String safe(java.util.function.Supplier<String> s) {
        try {
            String v = s.get();
            return v == null ? "(null)" : v;
        } catch (RuntimeException e) {
            return "(threw " + e.getClass().getName() + ")";
        }
    }

    /** Releases the implementation (its last call: {@link SocketStack#release()}) and removes the run's UNIX-domain directory. */
    @Override
    public void close() {
        try {
            stack.release();
        } catch (RuntimeException e) {
            System.getLogger(KitSession.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "release() of " + stack.getClass().getName() + " failed",
                            e);
        }
        UnixNameDirectory.remove(unixDir);
    }
}
