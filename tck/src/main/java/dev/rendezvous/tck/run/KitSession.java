package dev.rendezvous.tck.run;

import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.harness.ClauseRunner;
import dev.rendezvous.tck.harness.RunContext;
import dev.rendezvous.tck.process.ChildJava;
import dev.rendezvous.tck.property.ReplayToken;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Counterexample;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.wire.WireSocketStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
    private final LabDispatch lab;
    private final Map<String, Object> environment;
    private final ReplayToken replay;
    private final Instant started = Instant.now();

    private KitSession(RunOptions options) {
        this.options = options;
        this.replay = options.replayToken() == null ? null : Replays.parse(options.replayToken());
        ClassLoader loader = options.loader() != null
                ? options.loader()
                : Thread.currentThread().getContextClassLoader();
        this.stack = StackLoader.load(options.stackClass(), loader);
        try {
            this.claimed = Set.copyOf(stack.features());
        } catch (RuntimeException e) {
            throw new KitException("features() of " + stack.getClass().getName() + " failed: " + e);
        }
        try {
            this.unixDir = Files.createTempDirectory(Paths.get("/tmp"), "rdv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.environment = new LinkedHashMap<>(EnvironmentProbe.probe(unixDir));
        this.lab = LabDispatch.probe();
        this.environment.put("lab", lab.describe());
    }

    /** Opens a session: loads the implementation and probes the environment. */
    public static KitSession open(RunOptions options) {
        return new KitSession(options);
    }

    /** The clauses this session runs, in catalogue order. */
    public List<Clause> clauses() {
        if (replay != null) {
            return List.of(Replays.property(replay).clause());
        }
        if (options.clauseIds().isEmpty()) {
            return Catalogue.all();
        }
        Set<String> unknown = new TreeSet<>(options.clauseIds());
        List<Clause> out = new ArrayList<>();
        for (Clause c : Catalogue.all()) {
            if (options.clauseIds().contains(c.id())) {
                out.add(c);
                unknown.remove(c.id());
            }
        }
        if (!unknown.isEmpty()) {
            throw new KitException("no clause with id " + String.join(", ", unknown) + " in the catalogue");
        }
        return out;
    }

    /**
     * Gives every clause its verdict: those that need the network lab inside it, in the
     * background, beside the rest. {@code onResult} hears of each as it is given (the rest first,
     * then the lab's); the list holds them in the order of {@code clauses}.
     */
    public List<ClauseResult> runAll(List<Clause> clauses, Consumer<ClauseResult> onResult) {
        List<Clause> inLab = labClauses(clauses);
        CompletableFuture<Map<String, ClauseResult>> lab = startLab(inLab);
        Map<String, ClauseResult> results = new HashMap<>();
        for (Clause c : clauses) {
            if (!inLab.contains(c)) {
                ClauseResult r = run(c);
                results.put(c.id(), r);
                onResult.accept(r);
            }
        }
        Map<String, ClauseResult> fromLab = lab.join();
        for (Clause c : inLab) {
            ClauseResult r = fromLab.containsKey(c.id()) ? fromLab.get(c.id()) : run(c);
            results.put(c.id(), r);
            onResult.accept(r);
        }
        List<ClauseResult> ordered = new ArrayList<>();
        clauses.forEach(c -> ordered.add(results.get(c.id())));
        return ordered;
    }

    /** The clauses of {@code clauses} that run inside the network lab (none when this JVM is inside it). */
    List<Clause> labClauses(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        if (lab.inside()) {
            return out;
        }
        for (Clause c : clauses) {
            if (Checks.forClause(c.id()).stream().anyMatch(Property::needsLab)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Starts the lab's clauses in the background, with the implementation in a child JVM inside
     * the lab. The future holds the verdicts of those it could run; {@link #run} gives the rest,
     * NOT_VERIFIED with the reason the lab was not there.
     */
    private CompletableFuture<Map<String, ClauseResult>> startLab(List<Clause> clauses) {
        return lab.start(options, clauses, ChildJava.classPathOf(stack.getClass()));
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
                .withCounterexample(new Counterexample(r.clause().id(), reason, List.of(), List.of(), 0, ""));
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

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(unixDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans /tmp
        }
    }
}
