package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Cli;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --driver 'CMD ARG…'}: the implementation is a driver over the wire protocol. */
class DriverOptionTest {
    @TempDir
    Path dir;

    @Test
    void the_driver_reaches_the_kit_as_its_command_line() {
        AtomicReference<RunOptions> seen = new AtomicReference<>();
        Cli cli = Cli.run(
                (o, p) -> {
                    seen.set(o);
                    throw new KitException("stop here");
                },
                "run",
                "--driver",
                "./my-driver --flag 'two words'",
                "--out",
                dir.toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(seen.get().stackClass()).isEqualTo(RunOptions.DRIVER_PREFIX + "./my-driver --flag 'two words'");
    }

    @Test
    void a_driver_with_an_implementation_class_or_jar_is_one_line_and_status_2() {
        for (String other : new String[] {"--impl", "--impl-jar"}) {
            Cli cli = Cli.run(
                    (o, p) -> {
                        throw new IllegalStateException("the kit must not run");
                    },
                    "run",
                    "--driver",
                    "./d",
                    other,
                    "x",
                    "--out",
                    dir.toString());
            assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.errLines())
                    .containsExactly(
                            "rendezvous: --driver takes the place of --impl and --impl-jar; give one or the other");
        }
    }

    @Test
    void a_driver_that_cannot_start_is_one_line_and_status_2() {
        Cli cli = Cli.run(
                KitLauncher.IN_PROCESS, "run", "--driver", "/nonexistent/rendezvous-driver", "--out", dir.toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .startsWith("rendezvous: cannot start the driver '/nonexistent/rendezvous-driver'");
    }
}
