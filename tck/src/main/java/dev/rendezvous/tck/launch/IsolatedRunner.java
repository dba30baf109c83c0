package dev.rendezvous.tck.launch;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.process.ChildJava;
import dev.rendezvous.tck.process.ParentWatch;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.KitSession;
import dev.rendezvous.tck.run.RunAssembly;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import dev.rendezvous.tck.run.UnixNameDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs the kit with the implementation in a child JVM, so that an implementation that calls
 * System.exit, crashes natively, exhausts its memory or deadlocks ends as FAILED verdicts on the
 * clause in progress — with the evidence: exit status or signal, its last output, a thread dump
 * — while the rest of the run goes on in a fresh child, and the result is complete.
 *
 * <p>On a machine with two cores or more the clauses are shared between two lanes, each a child
 * JVM at a time, running at once: the first lane's child starts the network lab's clauses in the
 * lab at once, beside its own; the rest go to whichever lane asks for the next one first, so
 * that both stay busy to the end whatever each clause costs. The results are merged in catalogue
 * order; a child that dies is blamed on the clause its own lane was running.
 */
public final class IsolatedRunner {
    /** Heap of the child: small, so that an implementation that eats memory dies soon. */
    static final String CHILD_HEAP = "-Xmx256m";

    /**
     * The child compiles with the quick compiler only: a run of seconds spends half its CPU time
     * in the optimising compiler otherwise, on two cores shared by three or four JVMs.
     */
    static final String CHILD_COMPILER = "-XX:TieredStopAtLevel=1";

    /** How many child JVMs run at once where the machine has the cores for them. */
    static final int LANES = 2;

    private static final String EOF = "\u0000eof";

    private final RunOptions options;
    private final RunProgress progress;
    private final UnaryOperator<List<String>> wrap;
    private final List<String> jvmArgs;
    private final int lanes;
    private final Map<String, Lane> takenBy = new ConcurrentHashMap<>();

    private IsolatedRunner(
            RunOptions options,
            RunProgress progress,
            UnaryOperator<List<String>> wrap,
            List<String> jvmArgs,
            int lanes) {
        this.options = options;
        this.progress = new OneAtATime(progress);
        this.wrap = wrap;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.lanes = lanes;
    }

    /**
     * Runs the kit in child JVMs.
     *
     * @throws KitException when the kit cannot run as asked (e.g. no such implementation class)
     */
    public static RunResult run(RunOptions options, RunProgress progress) {
        return run(options, progress, UnaryOperator.identity(), List.of(), lanesOfThisMachine());
    }

    /**
     * Runs the kit in child JVMs, one at a time, whose command line {@code wrap} rewrites (e.g. to
     * run inside a network namespace), with extra JVM arguments.
     */
    public static RunResult run(
            RunOptions options, RunProgress progress, UnaryOperator<List<String>> wrap, List<String> jvmArgs) {
        return run(options, progress, wrap, jvmArgs, 1);
    }

    /** How many lanes this machine runs at once: {@value #LANES} where it has the cores, else one. */
    static int lanesOfThisMachine() {
        return Runtime.getRuntime().availableProcessors() >= LANES ? LANES : 1;
    }

    static RunResult run(
            RunOptions options,
            RunProgress progress,
            UnaryOperator<List<String>> wrap,
            List<String> jvmArgs,
            int lanes) {
        return new IsolatedRunner(options, progress, wrap, jvmArgs, lanes).run(false);
    }

    /**
     * Runs the network lab's clauses in child JVMs inside the lab, whose command line {@code wrap}
     * rewrites, with extra JVM arguments: in as many lanes as the machine has the cores for, all
     * of them sharing every clause.
     */
    static RunResult runInLab(RunOptions options, UnaryOperator<List<String>> wrap, List<String> jvmArgs) {
        return new IsolatedRunner(options, RunProgress.SILENT, wrap, jvmArgs, lanesOfThisMachine()).run(true);
    }

    /** How long one clause may go without a verdict before the child counts as stuck. */
    static Duration clauseBudget(Knobs knobs) {
        return knobs.callDeadline().multipliedBy(8).plusSeconds(5);
    }

    /** @param insideLab whether the children run inside the lab, where every lane may take every clause */
    private RunResult run(boolean insideLab) {
        Instant started = Instant.now();
        List<Clause> selected = options.clauses();
        Map<String, ClauseResult> results = new ConcurrentHashMap<>();
        List<Lane> running = new ArrayList<>();
        for (List<Clause> clauses : lanes(selected, options.replayToken() == null ? lanes : 1, insideLab)) {
            running.add(new Lane(clauses, results, selected.size()));
        }
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Lane lane : running.subList(1, running.size())) {
            done.add(CompletableFuture.runAsync(lane::run, runnable -> {
                Thread t = new Thread(runnable, "rendezvous-lane");
                t.setDaemon(true);
                t.start();
            }));
        }
        try {
            running.get(0).run();
        } finally {
            done.forEach(f -> f.exceptionally(t -> null).join());
        }
        for (CompletableFuture<Void> f : done) {
            try {
                f.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        Map<String, Object> meta = running.stream()
                .map(l -> l.meta)
                .filter(m -> m != null)
                .findFirst()
                .orElseGet(() -> unknownMeta(options));
        List<ClauseResult> ordered = new ArrayList<>();
        for (Clause c : selected) {
            ordered.add(results.get(c.id()));
        }
        return RunAssembly.assemble(meta, options, started, Instant.now(), ordered);
    }

    /**
     * The clauses each lane's child is given, in catalogue order: the first has all of them, the
     * others all but those that need the network lab (the first lane's child runs those in the
     * lab); a single lane has them all. The lanes share what they are given: each clause runs in
     * the lane that asks for it first ({@link #take}). Inside the lab, every lane is given them all.
     */
    static List<List<Clause>> lanes(List<Clause> clauses, int lanes, boolean insideLab) {
        if (lanes < 2) {
            return List.of(clauses);
        }
        List<Clause> shared = clauses.stream()
                .filter(c -> insideLab || !KitSession.needsLab(c))
                .toList();
        List<List<Clause>> out = new ArrayList<>();
        out.add(clauses);
        for (int i = 1; i < lanes && !shared.isEmpty(); i++) {
            out.add(shared);
        }
        return out;
    }

    /**
     * Whether {@code lane} takes the clause {@code id}: it does if no lane took it before, or it
     * took it itself.
     */
    private boolean take(Lane lane, String id) {
        return takenBy.computeIfAbsent(id, k -> lane) == lane;
    }

    private boolean takenByAnother(Lane lane, String id) {
        Lane owner = takenBy.get(id);
        return owner != null && owner != lane;
    }

    /** One child JVM at a time, and a fresh one for the clauses left when a child ends early. */
    private final class Lane {
        private final List<Clause> clauses;
        private final Map<String, ClauseResult> results;
        private final int total;
        private final Evidence evidence = new Evidence();
        private volatile Map<String, Object> meta;

        Lane(List<Clause> clauses, Map<String, ClauseResult> results, int total) {
            this.clauses = clauses;
            this.results = results;
            this.total = total;
        }

        void run() {
            List<Clause> remaining = new ArrayList<>(clauses);
            int children = 0;
            while (!remaining.isEmpty()) {
                if (++children > clauses.size() + 1) {
                    throw new KitException(
                            "the child JVM kept ending without progress; last output: " + evidence.text());
                }
                runChild(this, remaining);
                remaining.removeIf(c -> results.containsKey(c.id()) || takenByAnother(this, c.id()));
            }
        }
    }

    /** What the result says of an implementation whose child never reported its meta data. */
    static Map<String, Object> unknownMeta(RunOptions options) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "(unknown: the implementation never finished loading)");
        m.put("version", "(unknown)");
        m.put("class", options.stackClass() == null ? "(its META-INF/services entry)" : options.stackClass());
        m.put("features", List.of());
        m.put("environment", Map.of());
        return m;
    }

    private void runChild(Lane lane, List<Clause> clauses) {
        Evidence evidence = lane.evidence;
        Process child = start(clauses);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(child, lines), "rendezvous-child-output");
        reader.setDaemon(true);
        reader.start();
        evidence.clear();
        ChildTranscript transcript =
                new ChildTranscript(clauses, lane.results, lane.total, progress, evidence, c -> take(lane, c.id()));
        Duration budget = clauseBudget(options.knobs());
        long lastProgress = System.nanoTime();
        try {
            while (true) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    if (System.nanoTime() - lastProgress > budget.toNanos()) {
                        String dump = threadDump(child, lines, evidence);
                        child.destroyForcibly();
                        transcript.stuck(budget, dump);
                        return;
                    }
                    continue;
                }
                if (line.equals(EOF)) {
                    transcript.ended(child.waitFor());
                    return;
                }
                lastProgress = System.nanoTime();
                if (line.startsWith(Protocol.TAKE)) {
                    answer(
                            child,
                            transcript.take(
                                    line.substring(Protocol.TAKE.length()).trim()));
                    continue;
                }
                try {
                    transcript.line(line);
                } catch (KitException e) {
                    child.destroyForcibly();
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new KitException("the run was interrupted");
        } finally {
            if (transcript.meta() != null) {
                lane.meta = transcript.meta();
                removeLeftoverNames(child, transcript.meta());
            }
        }
    }

    /**
     * Once the child has ended, removes the directory of UNIX-domain names its session made, in
     * case the child could not (killed, crashed, stuck): a run that ends badly leaves nothing.
     */
    private static void removeLeftoverNames(Process child, Map<String, Object> meta) {
        if (!(meta.get("environment") instanceof Map<?, ?> environment)
                || !(environment.get("unixDir") instanceof String dir)) {
            return;
        }
        try {
            if (!child.waitFor(5, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        UnixNameDirectory.removeLeftover(Path.of(dir));
    }

    /** Tells the child whether it takes the clause it asked for; a child that is gone hears nothing. */
    private static void answer(Process child, boolean yours) {
        try {
            OutputStream in = child.getOutputStream();
            in.write(((yours ? Protocol.YOURS : Protocol.NOT_YOURS) + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            // the child ended; its output's end tells the rest
        }
    }

    private Process start(List<Clause> clauses) {
        List<String> cmd = command(options, clauses, jvmArgs);
        try {
            return new ProcessBuilder(wrap.apply(cmd)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new KitException("cannot start a child JVM (" + cmd.get(0) + "): " + e.getMessage());
        }
    }

    /**
     * The command line of a child JVM that runs {@code clauses}: a small heap, exit on running out
     * of memory, the lab's switch passed on, the extra JVM arguments, the kit's and the
     * implementation's class path, and the options as the engine's configuration parameters.
     */
    static List<String> command(RunOptions options, List<Clause> clauses, List<String> jvmArgs) {
        List<String> args = ChildMain.arguments(
                options.withClauseIds(clauses.stream().map(Clause::id).collect(java.util.stream.Collectors.toSet())));
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildJava.javaExecutable());
        cmd.add(CHILD_HEAP);
        cmd.add(CHILD_COMPILER);
        cmd.add(ParentWatch.parentOption());
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:ErrorFile=" + System.getProperty("java.io.tmpdir") + "/rendezvous-hs_err_pid%p.log");
        String noLab = System.getProperty(ConfigKeys.LAB_DISABLED);
        if (noLab != null) {
            cmd.add("-D" + ConfigKeys.LAB_DISABLED + "=" + noLab);
        }
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(ChildJava.classPath(options.implJars()));
        cmd.add(ChildMain.class.getName());
        cmd.addAll(args);
        return cmd;
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
    private static String threadDump(Process child, BlockingQueue<String> lines, Evidence evidence)
            throws InterruptedException {
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

    /**
     * Tells {@code progress} one thing at a time, whichever lane it comes from: the run's start
     * once, and the clauses numbered in the order they start and finish over all lanes.
     */
    private static final class OneAtATime implements RunProgress {
        private final RunProgress progress;
        private boolean told;
        private int started;
        private int finished;

        OneAtATime(RunProgress progress) {
            this.progress = progress;
        }

        @Override
        public synchronized void runStarted(Map<String, Object> meta) {
            if (!told) {
                told = true;
                progress.runStarted(meta);
            }
        }

        @Override
        public synchronized void clauseStarted(Clause clause, int index, int total) {
            progress.clauseStarted(clause, ++started, total);
        }

        @Override
        public synchronized void clauseFinished(ClauseResult result, int index, int total) {
            progress.clauseFinished(result, ++finished, total);
        }
    }
}
