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
            "Exit status: 0 conformant or no regression; 1 not conformant or a",
            "regression; 2 bad usage; 3 internal error."
        })
final class TopCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("missing a command: run, report, diff or clauses (see --help)");
    }
}
