package dev.rendezvous.tck.isolation;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.harness.Knobs;
import dev.rendezvous.tck.process.ChildJava;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Counterexample;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.KitException;
import dev.rendezvous.tck.run.KitRunner;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs the kit with the implementation in a child JVM, so that an implementation that calls
 * System.exit, crashes natively, exhausts its memory or deadlocks ends as FAILED verdicts on the
 * clause in progress — with the evidence: exit status or signal, its last output, a thread dump
 * — while the rest of the run goes on in a fresh child, and the result is complete.
 */
public final class IsolatedRunner {
    /** Heap of the child: small, so that an implementation that eats memory dies soon. */
    static final String CHILD_HEAP = "-Xmx256m";

    private static final String EOF = "\u0000eof";

    private final RunOptions options;
    private final List<Path> implClasspath;
    private final RunProgress progress;
    private final UnaryOperator<List<String>> wrap;
    private final List<String> jvmArgs;
    private final Evidence evidence = new Evidence();
    private Map<String, Object> meta;

    private IsolatedRunner(
            RunOptions options,
            List<Path> implClasspath,
            RunProgress progress,
            UnaryOperator<List<String>> wrap,
            List<String> jvmArgs) {
        this.options = options;
        this.implClasspath = List.copyOf(implClasspath);
        this.progress = progress;
        this.wrap = wrap;
        this.jvmArgs = List.copyOf(jvmArgs);
    }

    /**
     * Runs the kit in child JVMs.
     *
     * @param implClasspath the jars (or directories) of the implementation, beyond the kit's class path
     * @throws KitException when the kit cannot run as asked (e.g. no such implementation class)
     */
    public static RunResult run(RunOptions options, List<Path> implClasspath, RunProgress progress) {
        return run(options, implClasspath, progress, UnaryOperator.identity(), List.of());
    }

    /**
     * Runs the kit in child JVMs whose command line {@code wrap} rewrites (e.g. to run inside a
     * network namespace), with extra JVM arguments.
     */
    public static RunResult run(
            RunOptions options,
            List<Path> implClasspath,
            RunProgress progress,
            UnaryOperator<List<String>> wrap,
            List<String> jvmArgs) {
        return new IsolatedRunner(options, implClasspath, progress, wrap, jvmArgs).run();
    }

    /** How long one clause may go without a verdict before the child counts as stuck. */
    static Duration clauseBudget(Knobs knobs) {
        return knobs.callDeadline().multipliedBy(8).plusSeconds(5);
    }

    private RunResult run() {
        Instant started = Instant.now();
        List<Clause> remaining = selected();
        Map<String, ClauseResult> results = new LinkedHashMap<>();
        int total = remaining.size();
        int children = 0;
        while (!remaining.isEmpty()) {
            if (++children > total + 1) {
                throw new KitException("the child JVM kept ending without progress; last output: " + evidence.text());
            }
            runChild(remaining, results, total);
            remaining.removeIf(c -> results.containsKey(c.id()));
        }
        if (meta == null) {
            meta = new LinkedHashMap<>();
            meta.put("name", "(unknown: the implementation never finished loading)");
            meta.put("version", "(unknown)");
            meta.put("class", options.stackClass() == null ? "(its META-INF/services entry)" : options.stackClass());
            meta.put("features", List.of());
            meta.put("environment", Map.of());
        }
        List<ClauseResult> ordered = new ArrayList<>();
        for (Clause c : selected()) {
            ordered.add(results.get(c.id()));
        }
        return assemble(started, ordered);
    }

    private List<Clause> selected() {
        if (options.replayToken() != null) {
            return new ArrayList<>(List.of(dev.rendezvous.tck.run.Replays.clauseOf(options.replayToken())));
        }
        if (options.clauseIds().isEmpty()) {
            return new ArrayList<>(Catalogue.all());
        }
        List<Clause> out = new ArrayList<>();
        for (Clause c : Catalogue.all()) {
            if (options.clauseIds().contains(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    private void runChild(List<Clause> clauses, Map<String, ClauseResult> results, int total) {
        Process child = start(clauses);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(child, lines), "rendezvous-child-output");
        reader.setDaemon(true);
        reader.start();
        evidence.clear();
        String current = null;
        boolean sawMeta = false;
        long budget = clauseBudget(options.knobs()).toNanos();
        long lastProgress = System.nanoTime();
        try {
            while (true) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    if (System.nanoTime() - lastProgress > budget) {
                        String dump = threadDump(child, lines);
                        child.destroyForcibly();
                        String why = "the implementation stopped making progress: no verdict within "
                                + clauseBudget(options.knobs()).toMillis() + " ms";
                        if (sawMeta) {
                            failInProgress(current, clauses, results, total, why, dump);
                        } else {
                            failAll(clauses, results, total, why + ", before the run began", dump);
                        }
                        return;
                    }
                    continue;
                }
                if (line.equals(EOF)) {
                    int status = child.waitFor();
                    if (current != null) {
                        failInProgress(
                                current,
                                clauses,
                                results,
                                total,
                                "the JVM running the implementation ended during this clause: " + Evidence.exit(status),
                                evidence.text());
                    } else if (!sawMeta) {
                        failAll(
                                clauses,
                                results,
                                total,
                                "the JVM running the implementation ended before the run began: "
                                        + Evidence.exit(status),
                                evidence.text());
                    } else if (anyLeft(clauses, results) && status != ChildMain.RESTART_STATUS) {
                        failInProgress(
                                null,
                                clauses,
                                results,
                                total,
                                "the JVM running the implementation ended between clauses: " + Evidence.exit(status),
                                evidence.text());
                    }
                    return;
                }
                lastProgress = System.nanoTime();
                if (line.startsWith(Protocol.META)) {
                    meta = castMap(Json.parse(line.substring(Protocol.META.length())));
                    sawMeta = true;
                    progress.runStarted(meta);
                } else if (line.startsWith(Protocol.START)) {
                    current = line.substring(Protocol.START.length()).trim();
                    Catalogue.byId(current).ifPresent(c -> progress.clauseStarted(c, results.size() + 1, total));
                } else if (line.startsWith(Protocol.RESULT)) {
                    ClauseResult r =
                            ResultsJson.clauseFromMap(castMap(Json.parse(line.substring(Protocol.RESULT.length()))));
                    results.put(r.clause().id(), r);
                    progress.clauseFinished(r, results.size(), total);
                    current = null;
                } else if (line.startsWith(Protocol.ERROR)) {
                    child.destroyForcibly();
                    throw new KitException(line.substring(Protocol.ERROR.length()));
                } else if (!line.startsWith(Protocol.DONE) && !line.startsWith(Protocol.RESTART)) {
                    evidence.add(line);
                }
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new KitException("the run was interrupted");
        }
    }

    private static boolean anyLeft(List<Clause> clauses, Map<String, ClauseResult> results) {
        return clauses.stream().anyMatch(c -> !results.containsKey(c.id()));
    }

    /** FAILED for every clause not yet given a verdict, with the same evidence. */
    private void failAll(
            List<Clause> clauses, Map<String, ClauseResult> results, int total, String message, String detail) {
        for (Clause c : clauses) {
            if (!results.containsKey(c.id())) {
                failInProgress(c.id(), clauses, results, total, message, detail);
            }
        }
    }

    /** FAILED for the clause in progress (or, if none had started, the next one), with the evidence. */
    private void failInProgress(
            String current,
            List<Clause> clauses,
            Map<String, ClauseResult> results,
            int total,
            String message,
            String detail) {
        String id = current;
        if (id == null) {
            for (Clause c : clauses) {
                if (!results.containsKey(c.id())) {
                    id = c.id();
                    break;
                }
            }
        }
        if (id == null) {
            return;
        }
        Clause clause = Catalogue.require(id);
        Counterexample x = new Counterexample(
                id,
                id + " («" + clause.quote() + "») could not be checked to the end: " + message,
                List.of(),
                List.of(),
                0,
                detail);
        ClauseResult r = new ClauseResult(clause, Verdict.FAILED, message, 0, 0, x, null);
        results.put(id, r);
        progress.clauseFinished(r, results.size(), total);
    }

    private Process start(List<Clause> clauses) {
        RunOptions o =
                options.withClauseIds(clauses.stream().map(Clause::id).collect(java.util.stream.Collectors.toSet()));
        List<String> args = new ArrayList<>();
        KitRunner.configOf(o).forEach((k, v) -> args.add(k + "=" + v));
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildJava.javaExecutable());
        cmd.add(CHILD_HEAP);
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:ErrorFile=" + System.getProperty("java.io.tmpdir") + "/rendezvous-hs_err_pid%p.log");
        String noLab = System.getProperty(ConfigKeys.LAB_DISABLED);
        if (noLab != null) {
            cmd.add("-D" + ConfigKeys.LAB_DISABLED + "=" + noLab);
        }
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(ChildJava.classPath(implClasspath));
        cmd.add(ChildMain.class.getName());
        cmd.addAll(args);
        try {
            return new ProcessBuilder(wrap.apply(cmd)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new KitException("cannot start a child JVM (" + cmd.get(0) + "): " + e.getMessage());
        }
    }

    private void pump(Process child, BlockingQueue<String> lines) {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the child is gone; EOF below says so
        }
        lines.add(EOF);
    }

    /** Asks the stuck child for a thread dump (SIGQUIT) and collects what it prints, briefly. */
    private String threadDump(Process child, BlockingQueue<String> lines) throws InterruptedException {
        StringBuilder dump = new StringBuilder();
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(child.pid()))
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            return evidence.text() + "\n(no thread dump: " + e.getMessage() + ")";
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < until) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                if (dump.indexOf("JNI global refs") >= 0 || dump.indexOf("Heap") >= 0 && dump.length() > 0) {
                    break;
                }
                continue;
            }
            if (line.equals(EOF)) {
                break;
            }
            dump.append(line).append('\n');
        }
        return evidence.text() + "\n--- thread dump ---\n" + dump;
    }

    private RunResult assemble(Instant started, List<ClauseResult> results) {
        return KitRunner.assemble(meta, options, started, Instant.now(), results);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
