package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Cli;
import dev.rendezvous.reports.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each mistake a vendor can make is one line saying what to change, with the right exit status, and nothing run. */
class VendorErrorsTest {
    @TempDir
    Path dir;

    private final FixtureLauncher kit = new FixtureLauncher(Fixtures.REFERENCE);

    private Cli run(String... args) {
        return Cli.run(kit, args);
    }

    private void assertRefused(Cli cli, String line) {
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines()).containsExactly(line);
        assertThat(kit.calls).hasValue(0);
    }

    @Test
    void an_impl_jar_that_is_not_a_jar_says_so() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("mystack.jar"), "just text");

        Cli cli =
                run("run", "--impl-jar", notAJar.toString(), "--impl", "com.example.MyStack", "--out", dir.toString());

        assertThat(cli.errLines()).singleElement().asString().startsWith("rendezvous: not a jar: " + notAJar + " (");
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(kit.calls).hasValue(0);
    }

    @Test
    void a_scale_that_stretches_the_deadlines_beyond_a_day_is_bad_usage_not_an_internal_error() {
        assertRefused(
                run("run", "--scale", "1e300", "--out", dir.toString()),
                "rendezvous: --scale 1.0E300: the scale 1.0E300 stretches the event deadline (5000 ms) beyond a day");
    }

    @Test
    void a_quiet_window_that_is_not_positive_is_refused_by_its_option() {
        assertRefused(
                run("run", "--quiet-ms", "-5", "--out", dir.toString()),
                "rendezvous: --quiet-ms must be a positive number of milliseconds, got -5");
        assertRefused(
                run("run", "--event-ms", "0", "--out", dir.toString()),
                "rendezvous: --event-ms must be a positive number of milliseconds, got 0");
    }

    @Test
    void a_results_file_of_binary_garbage_is_not_utf8_text() throws Exception {
        Path garbage =
                Files.write(dir.resolve("results.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80});

        Cli cli = Cli.run("report", garbage.toString(), "--out", dir.toString());

        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines())
                .containsExactly("rendezvous: " + garbage + " is not a results file: it is not UTF-8 text");
    }

    @Test
    void a_results_file_with_a_huge_string_is_one_clear_line() throws Exception {
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"clauses\": [], \"x\": \"" + "a".repeat(21_000_000) + "\"}");

        Cli cli = Cli.run("report", huge.toString(), "--out", dir.toString());

        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines())
                .containsExactly("rendezvous: " + huge + " is not a results file the kit wrote: it holds a value far"
                        + " longer than any results file has");
    }

    @Test
    void report_in_json_writes_a_copy_of_the_results_file_and_says_so() throws Exception {
        Path out = dir.resolve("out");

        Cli cli = Cli.run(
                "report", "--format", "json", Fixtures.path(Fixtures.REFERENCE).toString(), "--out", out.toString());

        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("wrote: " + out.resolve("results.json"));
        assertThat(Files.readString(out.resolve("results.json")))
                .isEqualTo(Files.readString(Fixtures.path(Fixtures.REFERENCE)));

        Cli again = Cli.run(
                "report", "--format", "json", out.resolve("results.json").toString(), "--out", out.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("results: " + out.resolve("results.json") + " (already there)");
    }
}
