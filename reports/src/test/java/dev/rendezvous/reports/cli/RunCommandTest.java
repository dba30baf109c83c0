package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rendezvous.reports.Cli;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownOptionIsOneLineAndStatus2() {
        Cli cli = Cli.run(new FixtureLauncher(Fixtures.REFERENCE), "run", "--bogus");
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines())
                .containsExactly("rendezvous run: Unknown option: '--bogus' (see 'rendezvous run --help')");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void anUnknownImplementationClassIsOneLineAndStatus2() {
        FixtureLauncher kit = new FixtureLauncher(Fixtures.REFERENCE);
        Cli cli = Cli.run(kit, "run", "--impl", "no.such.Class", "--out", dir.toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .isEqualTo(
                        "rendezvous: no implementation class no.such.Class on the class path (give its jar with --impl-jar)");
        assertThat(kit.calls).hasValue(0);
    }

    @Test
    void theKitsOwnRefusalIsOneLineAndStatus2() {
        Cli cli = Cli.run(
                (o, p) -> {
                    throw new KitException("malformed replay token 'x'");
                },
                "run",
                "--out",
                dir.toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines()).containsExactly("rendezvous: malformed replay token 'x'");
    }

    @Test
    void anInternalErrorIsOneLineAndStatus3() {
        Cli cli = Cli.run(
                (o, p) -> {
                    throw new IllegalStateException("bug");
                },
                "run",
                "--out",
                dir.toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .startsWith("internal error: java.lang.IllegalStateException: bug");
    }

    @Test
    void aFailureOfTheKitsEngineIsAnInternalErrorAndStatus3() {
        Cli cli = Cli.run(
                (o, p) -> {
                    throw new KitInternalError("the run failed: java.lang.NullPointerException");
                },
                "run",
                "--out",
                dir.toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .startsWith("internal error: the run failed: java.lang.NullPointerException");
    }

    @Test
    void aMissingImplementationJarIsOneLineAndStatus2() {
        Cli cli = Cli.run(
                new FixtureLauncher(Fixtures.REFERENCE),
                "run",
                "--impl-jar",
                dir.resolve("none.jar").toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines()).containsExactly("rendezvous: no such jar: " + dir.resolve("none.jar"));
    }

    @Test
    void aConformantRunWritesValidResultsAndTheDefaultRenderingsAndExits0() throws Exception {
        Cli cli = Cli.run(new FixtureLauncher(Fixtures.REFERENCE), "run", "--out", dir.toString());
        assertThat(cli.exit()).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().lines().filter(l -> l.matches("\\[\\d+/30] [A-Z-]+ [A-Z_]+ \\d+ cases \\d+ ms")))
                .hasSize(30);
        assertThat(cli.out())
                .contains("[1/30] CONNECTION-ASYMMETRIC PASSED 25 cases 40 ms")
                .contains("30 clauses: 27 PASSED, 0 FAILED, 0 NOT_CLAIMED, 3 NOT_VERIFIED, 0 EXPECTED_FAILURE")
                .contains("rendezvous-reference 0.1.0 (dev.rendezvous.refimpl.NioSocketStack, seed 20261125): gate"
                        + " passed (no clause failed that a baseline does not excuse)")
                .contains("conformance: ✘ Not a certification: 3 clauses could not be verified here: ");
        Path results = dir.resolve("results.json");
        Fixtures.assertAcceptedByCheckResults(results);
        JsonNode json = ResultsReader.mapper().readTree(Files.readString(results));
        assertThat(json.get("provenance").get("kitJar").get("sha256").asText()).isNotEmpty();
        assertThat(json.get("provenance").get("date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(json.get("run").get("clauses")).isEmpty();
        assertThat(json.get("run").get("defaultTries").asInt()).isEqualTo(RunOptions.DEFAULT_TRIES);
        assertThat(json.get("run").get("isolation").asText()).isEqualTo("child JVM");
        assertThat(json.get("verdict").get("gate").asBoolean()).isTrue();
        assertThat(json.get("verdict").get("conformant").asBoolean()).isFalse();
        assertThat(json.get("verdict").get("headline").asText())
                .startsWith("Not a certification: 3 clauses could not be verified here: ");
        assertThat(dir.resolve("report.html")).isRegularFile();
        assertThat(dir.resolve("report.md")).isRegularFile();
        assertThat(dir.resolve("TEST-rendezvous.xml")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFailedClausePrintsItsMessageCallsAndReplayCommandAndExits1() throws Exception {
        Cli cli = Cli.run(new FixtureLauncher(Fixtures.ACME_OLD), "run", "--out", dir.toString());
        assertThat(cli.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(cli.out())
                .contains("FAILED ACCEPT-BLOCKS (MUST): property ACCEPT-BLOCKS/quiet broke after 1 case")
                .contains("  accept returned EAGAIN after 3 ms with nothing pending")
                .contains("    4. accept(3, null) -> EAGAIN after 3 ms")
                .contains(
                        "  replay: java -jar reports/target/rendezvous.jar run --impl com.acme.net.AcmeStack --replay rz1:ACCEPT-BLOCKS/quiet:20261125:0.1")
                .contains("gate failed (2 clauses failed)");
        Fixtures.assertAcceptedByCheckResults(dir.resolve("results.json"));
    }

    @Test
    void everyKnobReachesTheRunOptions() {
        FixtureLauncher kit = new FixtureLauncher(Fixtures.REFERENCE);
        Cli cli = Cli.run(
                kit,
                "run",
                "--out",
                dir.toString(),
                "--seed",
                "42",
                "--tries",
                "7",
                "--strict",
                "--quiet-ms",
                "50",
                "--event-ms",
                "900",
                "--scale",
                "2.5",
                "--clauses",
                "ACCEPT-BLOCKS,ERROR-ECONNREFUSED",
                "--replay",
                "rz1:tok");
        assertThat(cli.exit()).as(cli.err()).isEqualTo(ExitCodes.OK);
        RunOptions o = kit.options.get();
        assertThat(o.seed()).isEqualTo(42L);
        assertThat(o.tries()).isEqualTo(7);
        assertThat(o.strict()).isTrue();
        assertThat(o.knobs().quiet()).isEqualTo(Duration.ofMillis(50));
        assertThat(o.knobs().event()).isEqualTo(Duration.ofMillis(900));
        assertThat(o.knobs().scale()).isEqualTo(2.5);
        assertThat(o.clauseIds()).containsExactlyInAnyOrder("ACCEPT-BLOCKS", "ERROR-ECONNREFUSED");
        assertThat(o.replayToken()).isEqualTo("rz1:tok");
        assertThat(o.stackClass()).isNull();
    }

    @Test
    void theDefaultsAreTheKitsFixedSeedAndTries() {
        FixtureLauncher kit = new FixtureLauncher(Fixtures.REFERENCE);
        Cli.run(kit, "run", "--out", dir.toString());
        assertThat(kit.options.get().seed()).isEqualTo(RunOptions.DEFAULT_SEED);
        assertThat(kit.options.get().tries()).isEqualTo(RunOptions.DEFAULT_TRIES);
        assertThat(kit.options.get().clauseIds()).isEmpty();
    }

    @Test
    void aRandomSeedIsBelow2To48AndPrinted() {
        FixtureLauncher kit = new FixtureLauncher(Fixtures.REFERENCE);
        Cli cli = Cli.run(kit, "run", "--out", dir.toString(), "--seed", "random");
        long seed = kit.options.get().seed();
        assertThat(seed).isBetween(0L, (1L << 48) - 1);
        assertThat(cli.out()).startsWith("seed: " + seed + "\n");
    }

    @Test
    void badValuesAreOneLineAndStatus2() {
        String[][] cases = {
            {"--seed", "abc"},
            {"--tries", "0"},
            {"--scale", "0"},
            {"--quiet-ms", "-1"},
            {"--clauses", "NO-SUCH"},
            {"--format", "pdf"},
            {"--seed"},
            {"--tries", "many"},
        };
        for (String[] c : cases) {
            FixtureLauncher kit = new FixtureLauncher(Fixtures.REFERENCE);
            String[] args = Stream.concat(Stream.of("run", "--out", dir.toString()), Stream.of(c))
                    .toArray(String[]::new);
            Cli cli = Cli.run(kit, args);
            assertThat(cli.exit()).as(String.join(" ", c)).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.errLines()).as(String.join(" ", c)).hasSize(1);
            assertThat(kit.calls).as(String.join(" ", c)).hasValue(0);
        }
    }

    @Test
    void onATerminalProgressIsOneLiveLine() {
        Cli cli = Cli.run(new FixtureLauncher(Fixtures.ACME_OLD), true, "run", "--out", dir.toString());
        assertThat(cli.out())
                .contains("\r\033[K[1/30] CONNECTION-ASYMMETRIC ...")
                .contains("\r\033[K[26/30] ACCEPT-BLOCKS FAILED 1 case 20 ms\n");
    }

    @Test
    void everyRequestedRenderingIsWritten() {
        Cli cli = Cli.run(
                new FixtureLauncher(Fixtures.ACME),
                "run",
                "--out",
                dir.toString(),
                "--format",
                "junit,cert,spec,matrix,html");
        assertThat(cli.exit()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        for (String f : new String[] {
            "results.json",
            "TEST-rendezvous.xml",
            "certification.md",
            "certification.json",
            "spec-reference.html",
            "spec-reference.md",
            "matrix.html",
            "matrix.md",
            "report.html"
        }) {
            assertThat(dir.resolve(f)).isRegularFile();
        }
        assertThat(dir.resolve("report.md")).doesNotExist();
    }
}
