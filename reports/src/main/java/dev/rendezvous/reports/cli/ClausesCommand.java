package dev.rendezvous.reports.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.Count;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clauses}: prints the clause catalogue. */
@Command(
        name = "clauses",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        header = "Prints the clause catalogue.",
        description = "Every sentence of the contract that states behaviour, as a clause.")
final class ClausesCommand implements Callable<Integer> {
    /** The forms the catalogue is printed in. */
    enum ClausesFormat {
        TEXT,
        JSON
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    ClausesFormat format;

    private final Console console;

    ClausesCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (format == ClausesFormat.JSON) {
            List<Map<String, Object>> all = new ArrayList<>();
            Catalogue.all().forEach(c -> all.add(describe(c)));
            console.out()
                    .println(ResultsReader.mapper()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(all));
        } else {
            for (Clause c : Catalogue.all()) {
                console.out().println(c.id() + "  " + c.level() + (c.needsLab() ? "  (network lab)" : ""));
                console.out().println("    \"" + c.quote() + "\"");
                console.out().println("    checks: " + c.checks());
            }
            console.out().println(Count.of(Catalogue.all().size(), "clause"));
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> describe(Clause c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("level", c.level().name());
        m.put("quote", c.quote());
        m.put("requires", new TreeSet<>(c.requires().stream().map(Enum::name).toList()));
        m.put("anyOf", new TreeSet<>(c.anyOf().stream().map(Enum::name).toList()));
        m.put("allowed", c.allowed());
        m.put("checks", c.checks());
        m.put("notes", c.notes());
        m.put("needsLab", c.needsLab());
        return m;
    }
}
