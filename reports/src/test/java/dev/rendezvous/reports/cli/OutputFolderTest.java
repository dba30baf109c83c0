package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Cli;
import dev.rendezvous.reports.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder that cannot take the results is refused in one line before any clause runs. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private final FixtureLauncher kit = new FixtureLauncher(Fixtures.REFERENCE);

    @Test
    void a_file_as_the_folder_is_refused_before_the_run() throws Exception {
        Path file = Files.writeString(dir.resolve("results"), "x");

        Cli cli = Cli.run(kit, "run", "--out", file.toString());

        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines()).containsExactly("rendezvous: --out " + file + " is a file, not a folder");
        assertThat(kit.calls).hasValue(0);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void a_folder_below_a_file_is_refused_before_the_run() throws Exception {
        Path file = Files.writeString(dir.resolve("results"), "x");

        Cli cli = Cli.run(kit, "run", "--out", file.resolve("deeper").toString());

        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines()).singleElement().asString().startsWith("rendezvous: --out " + file.resolve("deeper"));
        assertThat(kit.calls).hasValue(0);
    }

    @Test
    void a_folder_nothing_can_be_written_to_is_refused_before_the_run() {
        Cli cli = Cli.run(kit, "run", "--out", "/proc/self");

        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .startsWith("rendezvous: --out /proc/self cannot be written to (");
        assertThat(kit.calls).hasValue(0);
    }

    @Test
    void a_read_only_folder_is_refused_before_the_run() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        readOnly.toFile().setWritable(false, false);
        boolean enforced = !Files.isWritable(readOnly); // root may write anyway: then /proc above stands for it

        Cli cli = Cli.run(kit, "run", "--out", readOnly.toString());

        if (enforced) {
            assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(kit.calls).hasValue(0);
        } else {
            assertThat(cli.exit()).isZero();
        }
        readOnly.toFile().setWritable(true);
    }
}
