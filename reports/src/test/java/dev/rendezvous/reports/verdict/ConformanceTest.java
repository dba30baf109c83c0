package dev.rendezvous.reports.verdict;

import static dev.rendezvous.reports.verdict.CertificationRuns.changed;
import static dev.rendezvous.reports.verdict.CertificationRuns.clause;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.RunRecord;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.run.RunOptions;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate, conformance and the certification run, each read from a results file alone. */
class ConformanceTest {

    @Test
    void a_certification_run_where_every_clause_passed_is_certified() {
        Conformance c = Conformance.of(changed(tree -> {}));

        assertThat(c.certified()).isTrue();
        assertThat(c.headline()).isEqualTo("Conformant");
        assertThat(c.gatePassed()).isTrue();
    }

    @Test
    void one_clause_selected_is_not_a_certification() {
        Conformance c = Conformance.of(changed(tree -> {
            ArrayNode clauses = (ArrayNode) tree.get("clauses");
            for (Iterator<JsonNode> i = clauses.elements(); i.hasNext(); ) {
                if (!i.next().get("id").asText().equals("LISTEN-BACKLOG")) {
                    i.remove();
                }
            }
            tree.set(
                    "run",
                    ResultsReader.mapper()
                            .valueToTree(new RunRecord(
                                    List.of("LISTEN-BACKLOG"),
                                    null,
                                    RunOptions.DEFAULT_TRIES,
                                    null,
                                    RunRecord.CHILD_JVM,
                                    "available")));
        }));

        assertThat(c.headline())
                .isEqualTo("Not a certification: only 1 of " + Catalogue.all().size() + " clauses ran");
        assertThat(c.conformant()).isFalse();
        assertThat(c.gatePassed()).isTrue();
    }

    @Test
    void no_family_claimed_is_not_a_certification_though_nothing_failed() {
        Conformance c = Conformance.of(changed(tree -> {
            tree.putArray("features");
            tree.get("clauses").forEach(x -> ((ObjectNode) x).put("verdict", "NOT_CLAIMED"));
        }));

        assertThat(c.headline()).isEqualTo("Not a certification: no family claimed");
        assertThat(c.conformant()).isFalse();
        assertThat(c.gatePassed()).isTrue();
    }

    @Test
    void clauses_not_verified_here_are_not_a_certification_and_say_why() {
        Conformance c = Conformance.of(changed(tree -> {
            for (String id : List.of(
                    "ERROR-ETIMEDOUT",
                    "ERROR-ECONNREFUSED",
                    "ERROR-ENETDOWN-EHOSTDOWN",
                    "ERROR-ENETUNREACH-EHOSTUNREACH")) {
                clause(tree, id).put("verdict", "NOT_VERIFIED").put("reason", "the network lab is disabled");
            }
        }));

        assertThat(c.headline())
                .isEqualTo("Not a certification: 4 clauses could not be verified here: the network lab is disabled");
        assertThat(c.conformant()).isFalse();
        assertThat(c.gatePassed()).isTrue();
    }

    @Test
    void a_must_clause_excused_by_a_baseline_passes_the_gate_and_is_neither_conformant_nor_a_certification() {
        Conformance c = Conformance.of(changed(tree -> {
            clause(tree, "CONNECT-NAME-REMAINS").put("verdict", "EXPECTED_FAILURE");
            CertificationRuns.gatedOnBaseline(tree);
        }));

        assertThat(c.headline())
                .isEqualTo(
                        "Not a certification: a MUST clause failed and is excused by a baseline (CONNECT-NAME-REMAINS)");
        assertThat(c.gatePassed()).isTrue();
        assertThat(c.conformant()).isFalse();
    }

    @Test
    void fewer_tries_than_the_default_are_not_a_certification() {
        Conformance c = Conformance.of(changed(tree -> tree.put("tries", RunOptions.DEFAULT_TRIES - 1)));

        assertThat(c.headline())
                .isEqualTo("Not a certification: " + (RunOptions.DEFAULT_TRIES - 1)
                        + " tries per property, fewer than the kit's default " + RunOptions.DEFAULT_TRIES);
    }

    @Test
    void a_failed_clause_in_a_certification_run_fails_the_gate_and_is_not_conformant() {
        Conformance c =
                Conformance.of(changed(tree -> clause(tree, "ACCEPT-BLOCKS").put("verdict", "FAILED")));

        assertThat(c.gatePassed()).isFalse();
        assertThat(c.conformant()).isFalse();
        assertThat(c.headline()).isEqualTo("Not conformant: ACCEPT-BLOCKS (MUST) failed");
        assertThat(c.gate()).isEqualTo("failed (1 clause failed)");
    }

    @Test
    void results_that_do_not_record_how_the_run_was_asked_for_are_not_a_certification() {
        Conformance c = Conformance.of(changed(tree -> tree.remove("run")));

        assertThat(c.headline()).isEqualTo("Not a certification: the results do not record how the run was asked for");
    }
}
