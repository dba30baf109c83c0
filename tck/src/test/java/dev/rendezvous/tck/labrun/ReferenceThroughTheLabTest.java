package dev.rendezvous.tck.labrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.lab.LabTraces;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference implementation, run through the lab as a real run runs it: it keeps all
 * clauses there, the results say which lab was used, and the lab leaves nothing behind.
 */
class ReferenceThroughTheLabTest {
    private static RunResult run;

    @BeforeAll
    static void runTheLabClauses() {
        LabRun.assumeLab();
        run = LabRun.run(NioSocketStack.class, LabRun.LAB_CLAUSES, LabRun.testOptions());
    }

    @Test
    void the_reference_passes_every_lab_clause_by_its_lab_property() {
        Map<String, String> labProperty = Map.of(
                "ERROR-ETIMEDOUT", "lost-syns",
                "ERROR-ECONNREFUSED", "reset-in-lab",
                "ERROR-ENETDOWN-EHOSTDOWN", "status-delivered",
                "ERROR-ENETUNREACH-EHOSTUNREACH", "no-route-or-gateway-status",
                "CONNECT-NAME-REMAINS", "after-network-errors",
                "CONNECT-SIGNAL", "interrupt-eintr",
                "SERVER-BIND-WILDCARD", "wildcard-reached-everywhere");
        assertThat(run.clauses())
                .extracting(c -> c.clause().id())
                .containsExactlyInAnyOrderElementsOf(LabRun.LAB_CLAUSES);
        for (ClauseResult c : run.clauses()) {
            assertThat(c.verdict()).as("%s: %s", c.clause().id(), c.reason()).isEqualTo(Verdict.PASSED);
            assertThat(c.reason())
                    .as(c.clause().id())
                    .contains(labProperty.get(c.clause().id()) + " (");
        }
        assertThat(reason("ERROR-ECONNREFUSED"))
                .as("the loopback property ran too")
                .contains("loopback (");
    }

    @Test
    void the_results_name_the_lab_the_clauses_ran_in() {
        Map<String, Object> opened = opened();
        assertThat(opened).containsKeys("mode", "name", "namespace");
        assertThat((String) opened.get("namespace")).matches("net:\\[\\d+]");
        if (opened.get("mode").equals("NETNS")) {
            assertThat((String) opened.get("name")).matches("rdv-[0-9a-f]{8}");
        }
    }

    @Test
    void after_the_run_no_namespace_interface_or_process_of_the_lab_is_left() {
        Map<String, Object> opened = opened();
        String ip = LabRun.capabilities().ip().orElseThrow().toString();
        assertThat(LabTraces.of(ip, (String) opened.get("name"), (String) opened.get("namespace"), List.of()))
                .as("traces of the lab")
                .isEmpty();
        assertThat(LabProcesses.running()).as("lab processes of this JVM").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> opened() {
        Map<String, Object> lab = (Map<String, Object>) run.environment().get("lab");
        assertThat(lab).as("the environment's lab entry").containsKey("opened");
        return (Map<String, Object>) lab.get("opened");
    }

    private static String reason(String clauseId) {
        return run.clauses().stream()
                .filter(c -> c.clause().id().equals(clauseId))
                .findFirst()
                .orElseThrow()
                .reason();
    }
}
