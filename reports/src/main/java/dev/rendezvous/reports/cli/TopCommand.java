package dev.rendezvous.reports.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top command: only names the subcommands. */
@Command(
        name = "rendezvous",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "A conformance kit for the connection-establishment contract of",
            "stream sockets.",
            "Exit status: 0 the gate passed, no regression or a verified",
            "certification; 1 a clause failed, a regression or no verified",
            "certification; 2 bad usage; 3 internal error."
        })
final class TopCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("missing a command: run, report, diff, verify or clauses (see --help)");
    }
}
