package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.model.BadInputException;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.KitInternalError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code run}, {@code report}, {@code diff}, {@code verify} and {@code clauses}. Every
 * problem with the user's input is one line on standard error and exit status 2; an internal
 * error is one line starting {@code internal error:} and exit status 3; never a stack trace.
 * {@link #execute} returns the status instead of exiting, so that it can be called from code.
 */
public final class Main {
    private static final String NAME = "rendezvous";
    private final Console console;

    /** A command line writing to the process's standard streams and running the kit. */
    public Main() {
        this(
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true),
                KitLauncher.KIT,
                System.console() != null);
    }

    /** A command line writing to {@code out} and {@code err}, running the kit through {@code launcher}. */
    public Main(PrintWriter out, PrintWriter err, KitLauncher launcher, boolean terminal) {
        this.console = new Console(out, err, launcher, terminal);
    }

    /** Runs the command line and exits the process with its status. */
    public static void main(String... args) {
        StopOnSignal.install(System.err);
        System.exit(new Main().execute(args));
    }

    /** Runs the command line on {@code args} and returns its exit status. */
    public int execute(String... args) {
        CommandLine cl = new CommandLine(new TopCommand())
                .addSubcommand(new RunCommand(console))
                .addSubcommand(new ReportCommand(console))
                .addSubcommand(new DiffCommand(console))
                .addSubcommand(new VerifyCommand(console))
                .addSubcommand(new ClausesCommand(console));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(console.out());
        cl.setErr(console.err());
        cl.setParameterExceptionHandler(this::badUsage);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(ex));
        try {
            return cl.execute(args);
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }

    private int badUsage(ParameterException ex, String[] args) {
        String command = ex.getCommandLine().getCommandName();
        String where = command.equals(NAME) ? NAME : NAME + " " + command;
        String what = ResultsReader.oneLine(ex);
        if (ex instanceof UnmatchedArgumentException
                && command.equals(NAME)
                && !((UnmatchedArgumentException) ex).getUnmatched().isEmpty()) {
            String word = ((UnmatchedArgumentException) ex).getUnmatched().get(0);
            what = word.startsWith("-") ? "unknown option '" + word + "'" : "unknown command '" + word + "'";
        }
        console.err().println(where + ": " + what + " (see '" + where + " --help')");
        return ExitCodes.USAGE;
    }

    private int failed(Exception ex) {
        if (ex instanceof UsageException || ex instanceof KitException || ex instanceof BadInputException) {
            console.err().println(NAME + ": " + ResultsReader.oneLine(ex));
            return ExitCodes.USAGE;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            console.err().println(NAME + ": cannot write or read a file: " + ResultsReader.oneLine(ex));
            return ExitCodes.USAGE;
        }
        String what = ex instanceof KitInternalError ? ex.getMessage() : ex.toString();
        console.err().println("internal error: " + what + " (please report it with the command line you ran)");
        return ExitCodes.INTERNAL;
    }
}
