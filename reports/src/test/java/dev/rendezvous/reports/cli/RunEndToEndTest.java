package dev.rendezvous.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.mutants.AcceptLengthClampedToOffered;
import dev.rendezvous.tck.mutants.ModelAcceptHangsWhenNotListening;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line for real: the kit in a child JVM, results on disk, a failure replayed from its token. */
class RunEndToEndTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Main(new PrintWriter(out, true), new PrintWriter(err, true), KitLauncher.KIT, false).execute(args);
    }

    @Test
    void the_reference_implementation_conforms_and_every_clause_is_in_the_results(@TempDir Path dir) throws Exception {
        int status = run("run", "--out", dir.toString(), "--tries", "3");

        assertThat(status).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
        JsonNode results =
                new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        Set<String> ids = new HashSet<>();
        results.get("clauses").forEach(c -> ids.add(c.get("id").asText()));
        for (Clause c : Catalogue.all()) {
            assertThat(ids).contains(c.id());
        }
        assertThat(results.get("summary").get("FAILED").asInt()).isZero();
        Fixtures.assertAcceptedByCheckResults(dir.resolve("results.json"));
    }

    @Test
    void a_failure_prints_its_replay_command_and_the_token_replays_the_same_case(@TempDir Path dir) throws Exception {
        int status = run(
                "run",
                "--impl",
                AcceptLengthClampedToOffered.class.getName(),
                "--clauses",
                "ACCEPT-VALUE-RESULT",
                "--out",
                dir.toString(),
                "--tries",
                "12");

        assertThat(status).isEqualTo(1);
        JsonNode clause = new ObjectMapper()
                .readTree(dir.resolve("results.json").toFile())
                .get("clauses")
                .get(0);
        assertThat(clause.get("verdict").asText()).isEqualTo("FAILED");
        String token = clause.get("replay").asText();
        assertThat(out.toString()).contains("--replay " + token);
        Fixtures.assertAcceptedByCheckResults(dir.resolve("results.json"));

        out.getBuffer().setLength(0);
        int replayed = run(
                "run",
                "--impl",
                AcceptLengthClampedToOffered.class.getName(),
                "--replay",
                token,
                "--out",
                dir.resolve("replay").toString());
        assertThat(replayed).isEqualTo(1);
        String message = clause.get("counterexample").get("message").asText();
        assertThat(out.toString()).contains(message.substring(0, message.indexOf(", but the true size")));
    }

    @ParameterizedTest(name = "in-process {0}")
    @ValueSource(booleans = {false, true})
    void a_call_that_hangs_inside_the_call_sequence_is_a_verdict_and_the_results_are_complete(
            boolean inProcess, @TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--impl",
                ModelAcceptHangsWhenNotListening.class.getName(),
                "--clauses",
                "CONNECTION-ASYMMETRIC,SERVER-BIND-LISTEN",
                "--event-ms",
                "500",
                "--tries",
                "12",
                "--out",
                dir.toString()));
        if (inProcess) {
            args.add("--in-process");
        }
        int status = run(args.toArray(String[]::new));

        assertThat(status).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(ExitCodes.NOT_CONFORMANT);
        JsonNode clauses = new ObjectMapper()
                .readTree(dir.resolve("results.json").toFile())
                .get("clauses");
        Map<String, JsonNode> byId = new HashMap<>();
        clauses.forEach(c -> byId.put(c.get("id").asText(), c));
        JsonNode hung = byId.get("CONNECTION-ASYMMETRIC");
        assertThat(hung.get("verdict").asText()).isEqualTo("FAILED");
        assertThat(hung.get("reason").asText()).contains("state-machine hung: ");
        assertThat(hung.get("counterexample").get("detail").asText())
                .contains("ModelAcceptHangsWhenNotListening.accept");
        assertThat(byId.get("SERVER-BIND-LISTEN").get("verdict").asText()).isEqualTo("PASSED");
        Fixtures.assertAcceptedByCheckResults(dir.resolve("results.json"));
    }
}
