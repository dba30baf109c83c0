package dev.rendezvous.reports.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rendezvous.reports.model.BadInputException;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.render.Certification;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verify}: checks a certification summary against its results file and the jars it names. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        header = "Checks a certification summary against its results file and jars.",
        description = {
            "Recomputes the verdict from the results file and checks the SHA-256",
            "the summary records of the results file, the kit's jar and the",
            "implementation's jars.",
            "Exit status: 0 an intact certification run that conforms; 1 anything",
            "else (each problem is printed); 2 bad usage; 3 internal error."
        })
final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CERTIFICATION", description = "The certification.json to check.")
    Path certification;

    @Parameters(index = "1", paramLabel = "RESULTS", description = "The results.json it was made from.")
    Path results;

    private final Console console;

    VerifyCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Certification cert = read(certification);
        List<String> problems = CertificateCheck.problems(cert, results);
        if (problems.isEmpty()) {
            console.out()
                    .println("verified: " + cert.headline() + ": " + cert.implementationName() + " "
                            + cert.implementationVersion() + ", " + cert.kitName() + " " + cert.kitVersion());
            return ExitCodes.OK;
        }
        console.out().println("not verified: " + certification);
        problems.forEach(p -> console.out().println("  " + p));
        return ExitCodes.NOT_CONFORMANT;
    }

    private static Certification read(Path file) {
        try {
            return ResultsReader.mapper().treeToValue(ResultsReader.readTree(file), Certification.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException(file + " is not a certification summary: " + ResultsReader.oneLine(e));
        }
    }
}
