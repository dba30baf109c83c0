package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rendezvous.reports.Cli;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}, {@code diff}, {@code clauses}, help, version and usage errors outside {@code run}. */
class OtherCommandsTest {
    @TempDir
    Path dir;

    private static String fixture(String name) {
        return Fixtures.path(name).toString();
    }

    @Test
    void reportWritesEveryFormatForSeveralFiles() {
        Cli cli = Cli.run(
                "report",
                "--format",
                "html,md,junit",
                "--format",
                "matrix,spec,cert",
                "--out",
                dir.toString(),
                fixture(Fixtures.ACME),
                fixture(Fixtures.REFERENCE));
        assertThat(cli.exit()).as(cli.err()).isEqualTo(ExitCodes.OK);
        for (String f : new String[] {
            "report-acme-sockets.html",
            "report-rendezvous-reference.md",
            "TEST-rendezvous-acme-sockets.xml",
            "certification-rendezvous-reference.json",
            "matrix.html",
            "matrix.md",
            "spec-reference.html",
            "spec-reference.md"
        }) {
            assertThat(dir.resolve(f)).isRegularFile();
            assertThat(cli.out()).contains("wrote: " + dir.resolve(f));
        }
    }

    @Test
    void reportOfOneFileWritesHtmlAndMarkdownByDefault() {
        Cli cli = Cli.run("report", "--out", dir.toString(), fixture(Fixtures.REFERENCE));
        assertThat(cli.exit()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("report.html")).isRegularFile();
        assertThat(dir.resolve("report.md")).isRegularFile();
    }

    @Test
    void reportWithoutFilesOrWithAMissingOneIsOneLineAndStatus2() {
        Cli none = Cli.run("report", "--out", dir.toString());
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.errLines()).hasSize(1);
        Cli missing =
                Cli.run("report", "--out", dir.toString(), dir.resolve("x.json").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.errLines()).containsExactly("rendezvous: no such file: " + dir.resolve("x.json"));
    }

    @Test
    void diffExits1OnARegressionAnd0Otherwise() {
        Cli worse = Cli.run("diff", fixture(Fixtures.ACME_OLD), fixture(Fixtures.ACME));
        assertThat(worse.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(worse.out())
                .contains("regressed (1):\n  ACCEPT-VALUE-RESULT PASSED -> FAILED")
                .contains("newly passing (1):\n  ACCEPT-BLOCKS FAILED -> PASSED");
        Cli same = Cli.run("diff", fixture(Fixtures.ACME), fixture(Fixtures.ACME));
        assertThat(same.exit()).isEqualTo(ExitCodes.OK);
        assertThat(same.out()).contains("no regression");
        Cli better = Cli.run("diff", "--format", "json", fixture(Fixtures.ACME), fixture(Fixtures.REFERENCE));
        assertThat(better.exit())
                .as("every Acme clause that passed passes in the reference too")
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void diffNeedsTwoReadableFiles() {
        assertThat(Cli.run("diff", fixture(Fixtures.ACME)).exit()).isEqualTo(ExitCodes.USAGE);
        Cli cli =
                Cli.run("diff", fixture(Fixtures.ACME), dir.resolve("none.json").toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines()).hasSize(1);
    }

    @Test
    void clausesAsJsonListsTheWholeCatalogue() throws Exception {
        Cli cli = Cli.run("clauses", "--format", "json");
        assertThat(cli.exit()).isEqualTo(ExitCodes.OK);
        JsonNode json = ResultsReader.mapper().readTree(cli.out());
        List<String> ids = new ArrayList<>();
        json.forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids)
                .containsExactlyElementsOf(
                        Catalogue.all().stream().map(Clause::id).toList());
        for (JsonNode c : json) {
            Clause k = Catalogue.require(c.get("id").asText());
            assertThat(c.get("quote").asText()).isEqualTo(k.quote());
            assertThat(c.get("level").asText()).isEqualTo(k.level().name());
            assertThat(c.get("checks").asText()).isEqualTo(k.checks());
        }
    }

    @Test
    void clausesAsTextNamesEveryClause() {
        Cli cli = Cli.run("clauses");
        assertThat(cli.exit()).isEqualTo(ExitCodes.OK);
        for (Clause c : Catalogue.all()) {
            assertThat(cli.out()).contains(c.id() + "  " + c.level());
        }
        assertThat(cli.out()).contains(Catalogue.all().size() + " clauses");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "report", "diff", "clauses"}) {
            Cli cli = Cli.run(command, "--help");
            assertThat(cli.exit()).as(command).isEqualTo(ExitCodes.OK);
            assertThat(cli.out()).as(command).contains("Usage: rendezvous " + command + " [-hV]");
        }
        Cli top = Cli.run("--help");
        assertThat(top.exit()).isEqualTo(ExitCodes.OK);
        assertThat(top.out())
                .contains("run")
                .contains("report")
                .contains("diff")
                .contains("clauses");
    }

    @Test
    void theVersionIsTheBuildsVersion() {
        Cli cli = Cli.run("--version");
        assertThat(cli.exit()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out().trim()).matches("rendezvous \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void noCommandOrAnUnknownOneIsOneLineAndStatus2() {
        Cli none = Cli.run();
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.errLines())
                .containsExactly("rendezvous: missing a command: run, report, diff, verify or clauses (see --help)");
        Cli unknown = Cli.run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.errLines())
                .containsExactly("rendezvous: unknown command 'frobnicate' (see 'rendezvous --help')");
        Cli option = Cli.run("--frob");
        assertThat(option.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(option.errLines()).containsExactly("rendezvous: unknown option '--frob' (see 'rendezvous --help')");
    }
}
