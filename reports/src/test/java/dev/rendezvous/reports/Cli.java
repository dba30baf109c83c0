package dev.rendezvous.reports;

import dev.rendezvous.reports.cli.KitLauncher;
import dev.rendezvous.reports.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in this JVM with captured output.
 *
 * @param exit the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record Cli(int exit, String out, String err) {
    /** Runs {@code args} with the kit's own launcher. */
    public static Cli run(String... args) {
        return run(KitLauncher.KIT, args);
    }

    /** Runs {@code args}, the kit run by {@code launcher}, output not a terminal. */
    public static Cli run(KitLauncher launcher, String... args) {
        return run(launcher, false, args);
    }

    /** Runs {@code args}, the kit run by {@code launcher}, output a terminal or not. */
    public static Cli run(KitLauncher launcher, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Main(new PrintWriter(out, true), new PrintWriter(err, true), launcher, terminal).execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** The lines of standard error. */
    public java.util.List<String> errLines() {
        return err.lines().toList();
    }
}
