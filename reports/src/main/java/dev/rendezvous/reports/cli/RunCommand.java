package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.baseline.Baseline;
import dev.rendezvous.reports.baseline.Judgement;
import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Provenance;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.render.Format;
import dev.rendezvous.reports.render.JarDigests;
import dev.rendezvous.reports.render.ReportWriter;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: runs the kit against an implementation, writes the results and the renderings, gates on a baseline. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        header = "Runs the kit against an implementation and writes the results.",
        description = {
            "Writes DIR/results.json and the renderings asked for.",
            "Exit status (the gate): 0 no clause failed that a baseline does not",
            "excuse; 1 one did; 2 bad usage; 3 internal error. Whether the run",
            "conforms and is a certification run is printed and in the results."
        })
final class RunCommand implements Callable<Integer> {
    private static final long RANDOM_SEED_BOUND = 1L << 48;

    @Option(
            names = "--impl",
            paramLabel = "CLASS",
            description = "The implementation's class (a dev.rendezvous.api.SocketStack). Default: the one "
                    + "META-INF/services entry on the class path (the embedded reference implementation).")
    String impl;

    @Option(
            names = "--impl-jar",
            paramLabel = "PATH[:PATH...]",
            description = "Jars to load the implementation from, separated by '${sys:path.separator}'.")
    String implJars;

    @Option(
            names = "--driver",
            paramLabel = "'CMD ARG...'",
            description = "The implementation is this program, over the wire protocol (docs/wire-protocol.md): "
                    + "words split as a shell would, nothing expanded; e.g. 'ssh host ./driver'.")
    String driver;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "target/conformance",
            description = "Where results.json and the renderings go. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(
            names = "--seed",
            paramLabel = "S|random",
            description = "The seed every property draws from, or 'random' for a fresh one in [0, 2^48). "
                    + "Default: this kit version's fixed seed.")
    String seed;

    @Option(names = "--tries", paramLabel = "N", description = "Tries per property. Default: ${DEFAULT-VALUE}.")
    int tries = RunOptions.DEFAULT_TRIES;

    @Option(names = "--strict", description = "Count NOT_VERIFIED as FAILED.")
    boolean strict;

    @Option(
            names = "--quiet-ms",
            paramLabel = "N",
            description = "How long 'nothing happens' must hold, in ms. Default: ${DEFAULT-VALUE}.")
    long quietMs = Knobs.DEFAULT.quiet().toMillis();

    @Option(
            names = "--event-ms",
            paramLabel = "N",
            description = "How long to wait for what must happen, in ms. Default: ${DEFAULT-VALUE}.")
    long eventMs = Knobs.DEFAULT.event().toMillis();

    @Option(
            names = "--scale",
            paramLabel = "X",
            description = "Stretches both timing knobs (2 or 3 on a loaded machine). Default: ${DEFAULT-VALUE}.")
    double scale = Knobs.DEFAULT.scale();

    @Option(
            names = "--clauses",
            paramLabel = "ID,ID",
            split = ",",
            description = "Run only these clauses. Default: all.")
    List<String> clauses = new ArrayList<>();

    @Option(names = "--replay", paramLabel = "TOKEN", description = "Re-run exactly the case of this replay token.")
    String replay;

    @Option(
            names = "--in-process",
            description = "Run the implementation in this JVM instead of a child JVM (faster start; a crash of the "
                    + "implementation then ends the run).")
    boolean inProcess;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "A baseline ({\"expectedFailures\":[{\"id\":..,\"reason\":..}]}) or an earlier results.json: "
                    + "its listed failures become EXPECTED_FAILURE, any other failure fails the run.")
    Path baselineFile;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            split = ",",
            description = "Renderings to write: json, html, md, junit, matrix, spec, cert. Default: json,html,md.")
    List<Format> formats = new ArrayList<>();

    private final Console console;

    RunCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        OutputFolder.requireWritable(out, "--out");
        Set<String> selected = clauseIds();
        Baseline baseline = baselineFile == null ? null : Baseline.read(baselineFile);
        if (baseline != null) {
            checkBaseline(baseline, selected);
        }
        if (driver != null && (impl != null || implJars != null)) {
            throw new UsageException("--driver takes the place of --impl and --impl-jar; give one or the other");
        }
        List<Path> jars = ImplLoader.jars(implJars);
        ClassLoader loader = ImplLoader.of(jars);
        if (impl == null && !jars.isEmpty()) {
            impl = ImplLoader.serviceEntry(jars);
        }
        if (impl != null) {
            ImplLoader.find(impl, loader);
        }
        RunOptions options = options(selected, jars);
        RunState.started(out);
        RunProgress shown = console.terminal() ? new LiveProgress(console.out()) : new LineProgress(console.out());
        RunProgress progress = new CountedProgress(shown);
        // The kit's own digest for the provenance, worked out while the kit runs.
        CompletableFuture<JarDigest> kitDigest = CompletableFuture.supplyAsync(() -> JarDigests.ofClass(Main.class));
        RunResult raw;
        KitLauncher launcher =
                inProcess && console.launcher() == KitLauncher.KIT ? KitLauncher.IN_PROCESS : console.launcher();
        try {
            raw = launcher.launch(options, progress);
        } finally {
            if (shown instanceof LiveProgress) {
                ((LiveProgress) shown).finish();
            }
        }
        RunResult result = raw;
        Judgement judgement = null;
        if (baseline != null) {
            judgement = baseline.judge(RunResults.readable(RunResults.file(raw, null)));
            if (!judgement.missing().isEmpty()) {
                throw new UsageException("baseline " + baseline.source() + " lists "
                        + String.join(", ", judgement.missing()) + ", which this run does not have");
            }
            result = RunResults.withBaseline(raw, judgement);
        }
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Object> content = RunResults.file(
                result,
                new Provenance(date, kitDigest.join(), implementationJars(jars, result.implementationClass(), loader)),
                RunRecords.of(selected, replay, baselineFile, launcher != KitLauncher.IN_PROCESS && !inProcess, raw));
        Path file = out.resolve("results.json");
        ResultsJson.writeAtomically(file, Json.write(content));
        RunState.resultsWritten();
        Results results = RunResults.readable(content);
        RunSummary.print(results, console.out());
        if (judgement != null) {
            printBaseline(baseline, judgement);
        }
        console.out().println("results: " + file);
        List<Path> written = ReportWriter.write(
                List.of(results), FormatsOption.of(formats, Format.JSON, Format.HTML, Format.MD), out, date);
        written.forEach(p -> console.out().println("wrote: " + p));
        StaleRenderings.remove(out, written, console.out());
        return results.gatePassed() ? ExitCodes.OK : ExitCodes.NOT_CONFORMANT;
    }

    private Set<String> clauseIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : clauses) {
            String t = id.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (Catalogue.byId(t).isEmpty()) {
                throw new UsageException("unknown clause " + t + " (the command 'clauses' lists them)");
            }
            ids.add(t);
        }
        return ids;
    }

    private void checkBaseline(Baseline baseline, Set<String> selected) {
        List<String> all = Catalogue.all().stream().map(Clause::id).collect(Collectors.toList());
        List<String> unknown = baseline.idsNotIn(all);
        if (!unknown.isEmpty()) {
            throw new UsageException("baseline " + baseline.source() + " lists " + String.join(", ", unknown)
                    + ", which the catalogue does not have");
        }
        if (!selected.isEmpty()) {
            List<String> skipped = baseline.idsNotIn(selected);
            if (!skipped.isEmpty()) {
                throw new UsageException("baseline " + baseline.source() + " lists " + String.join(", ", skipped)
                        + ", which this run does not include (--clauses)");
            }
        }
    }

    private RunOptions options(Set<String> selected, List<Path> jars) {
        Knobs knobs;
        if (quietMs < 1 || eventMs < 1) {
            throw new UsageException((quietMs < 1 ? "--quiet-ms" : "--event-ms")
                    + " must be a positive number of milliseconds, got " + (quietMs < 1 ? quietMs : eventMs));
        }
        try {
            knobs = new Knobs(Duration.ofMillis(quietMs), Duration.ofMillis(eventMs), scale);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scale " + scale + ": " + e.getMessage());
        }
        RunOptions base = RunOptions.defaults().withStackClass(impl);
        return (driver == null ? base : base.withDriver(driver))
                .withImplJars(jars)
                .withSeed(seed())
                .withTries(tries)
                .withStrict(strict)
                .withKnobs(knobs)
                .withClauseIds(selected)
                .withReplayToken(replay);
    }

    private long seed() {
        if (seed == null) {
            return RunOptions.DEFAULT_SEED;
        }
        if (seed.equalsIgnoreCase("random")) {
            long s = ThreadLocalRandom.current().nextLong(RANDOM_SEED_BOUND);
            console.out().println("seed: " + s);
            return s;
        }
        try {
            return Long.parseLong(seed.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed takes a whole number or 'random', not '" + seed + "'");
        }
    }

    private static List<JarDigest> implementationJars(List<Path> jars, String className, ClassLoader loader) {
        List<JarDigest> out = new ArrayList<>();
        for (Path p : jars) {
            out.add(JarDigests.of(p));
        }
        if (out.isEmpty() && className != null && className.startsWith(RunOptions.DRIVER_PREFIX)) {
            for (String word :
                    className.substring(RunOptions.DRIVER_PREFIX.length()).split("\\s+")) {
                if (Files.isRegularFile(Path.of(word))) {
                    out.add(JarDigests.of(Path.of(word)));
                }
            }
        } else if (out.isEmpty() && className != null) {
            try {
                out.add(JarDigests.ofClass(Class.forName(className, false, loader)));
            } catch (ClassNotFoundException | LinkageError e) {
                out.add(new JarDigest(className, "unknown (class not found after the run)"));
            }
        }
        return out;
    }

    private void printBaseline(Baseline baseline, Judgement j) {
        console.out()
                .println("baseline " + baseline.source() + ": " + j.expected().size() + " expected failure(s), "
                        + j.newFailures().size() + " new failure(s)"
                        + (j.newFailures().isEmpty() ? "" : ": " + String.join(", ", j.newFailures())));
        j.notes().forEach(console.out()::println);
    }
}
