package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.diff.DiffText;
import dev.rendezvous.reports.diff.ResultsDiff;
import dev.rendezvous.reports.model.ResultsReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff}: what regressed and what newly passes between two results files. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        header = "Compares two results files: what regressed, what newly passes.",
        description = {
            "A regression: a clause that now fails and did not, or that passed",
            "and now does not (fails, is not checked, or is gone).",
            "Exit status: 0 no regression; 1 regression; 2 bad usage;",
            "3 internal error."
        })
final class DiffCommand implements Callable<Integer> {
    /** The forms a diff is printed in. */
    enum DiffFormat {
        TEXT,
        MD,
        JSON
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, md or json. Default: ${DEFAULT-VALUE}.")
    DiffFormat format;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier results.json.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later results.json.")
    Path after;

    private final Console console;

    DiffCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        ResultsDiff d = ResultsDiff.of(ResultsReader.read(before), ResultsReader.read(after));
        switch (format) {
            case MD:
                console.out().print(DiffText.markdown(d));
                break;
            case JSON:
                console.out().print(DiffText.json(d));
                break;
            default:
                console.out().print(DiffText.plain(d));
        }
        console.out().flush();
        return d.regressed() ? ExitCodes.NOT_CONFORMANT : ExitCodes.OK;
    }
}
