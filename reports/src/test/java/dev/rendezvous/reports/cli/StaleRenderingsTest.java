package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Cli;
import dev.rendezvous.reports.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run into a folder that holds an older run leaves none of the older run's renderings behind. */
class StaleRenderingsTest {
    @Test
    void renderings_of_an_older_run_are_rewritten_or_removed(@TempDir Path dir) throws Exception {
        Cli older = Cli.run(
                new FixtureLauncher(Fixtures.ACME),
                "run",
                "--out",
                dir.toString(),
                "--format",
                "json,html,md,junit,cert");
        assertThat(older.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        Path keep = Files.writeString(dir.resolve("notes.txt"), "the vendor's own file");

        Cli newer = Cli.run(new FixtureLauncher(Fixtures.REFERENCE), "run", "--out", dir.toString());

        assertThat(newer.exit()).isZero();
        assertThat(dir.resolve("TEST-rendezvous.xml")).doesNotExist();
        assertThat(dir.resolve("certification.md")).doesNotExist();
        assertThat(dir.resolve("certification.json")).doesNotExist();
        assertThat(Files.readString(dir.resolve("report.md"))).doesNotContain("Acme Sockets");
        assertThat(Files.readString(dir.resolve("report.html"))).doesNotContain("Acme Sockets");
        assertThat(keep).exists();
        assertThat(newer.out()).contains("removed: " + dir.resolve("TEST-rendezvous.xml"));
    }
}
