package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.render.Format;
import dev.rendezvous.reports.render.ReportWriter;
import dev.rendezvous.tck.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report}: renders results files into any of the formats. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        header = "Renders results files: HTML, Markdown, JUnit XML, matrix, spec, cert.",
        description = {
            "html, md, junit and cert: one rendering per file;",
            "matrix and spec: one rendering of all files.",
            "Exit status: 0 written; 2 bad usage; 3 internal error."
        })
final class ReportCommand implements Callable<Integer> {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            split = ",",
            description = "Renderings to write: json (a copy of each results file), html, md, junit, matrix, spec, "
                    + "cert (repeat or separate by commas). Default: html,md.")
    List<Format> formats = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "target/conformance",
            description = "Where the renderings go. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "results.json files, one per implementation.")
    List<Path> files = new ArrayList<>();

    private final Console console;

    ReportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        List<Results> results = new ArrayList<>();
        for (Path f : files) {
            results.add(ResultsReader.read(f));
        }
        OutputFolder.requireWritable(out, "--out");
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Set<Format> wanted = FormatsOption.of(formats, Format.HTML, Format.MD);
        if (wanted.contains(Format.JSON)) {
            copyResults(ReportWriter.suffixes(results));
        }
        for (Path p : ReportWriter.write(results, wanted, out, date)) {
            console.out().println("wrote: " + p);
        }
        return ExitCodes.OK;
    }

    /** {@code json}: each results file given, as {@code results.json} (or {@code results-NAME.json}) in the folder. */
    private void copyResults(List<String> suffixes) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            Path target = out.resolve("results" + suffixes.get(i) + ".json");
            if (Files.exists(target) && Files.isSameFile(files.get(i), target)) {
                console.out().println("results: " + target + " (already there)");
                continue;
            }
            ResultsJson.writeAtomically(target, Files.readString(files.get(i)));
            console.out().println("wrote: " + target);
        }
    }
}
