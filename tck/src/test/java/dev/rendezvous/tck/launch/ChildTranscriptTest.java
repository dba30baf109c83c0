package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the lines of a child JVM, its end and its silence make of the clauses it was given. */
class ChildTranscriptTest {
    private final List<Clause> clauses = Catalogue.all().subList(0, 3);
    private final Clause first = clauses.get(0);
    private final Clause second = clauses.get(1);
    private final Clause third = clauses.get(2);
    private final Map<String, ClauseResult> results = new LinkedHashMap<>();
    private final List<String> heard = new ArrayList<>();
    private final Evidence evidence = new Evidence();
    private final ChildTranscript transcript = new ChildTranscript(
            clauses,
            results,
            7,
            new RunProgress() {
                @Override
                public void runStarted(Map<String, Object> meta) {
                    heard.add("run " + meta.get("name"));
                }

                @Override
                public void clauseStarted(Clause clause, int index, int total) {
                    heard.add("start " + clause.id() + " " + index + "/" + total);
                }

                @Override
                public void clauseFinished(ClauseResult result, int index, int total) {
                    heard.add("finish " + result.clause().id() + " " + result.verdict() + " " + index + "/" + total);
                }
            },
            evidence);

    private static String meta() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "stack");
        m.put("version", "1");
        return Protocol.META + Json.writeCompact(m);
    }

    private static String result(Clause c, Verdict v) {
        ClauseResult r = new ClauseResult(c, v, "because", 3, 4, null, null);
        return Protocol.RESULT + Json.writeCompact(ResultsJson.clauseToMap(r));
    }

    @Test
    void the_meta_line_starts_the_run_with_the_implementation_s_meta_data() {
        assertThat(transcript.meta()).isNull();

        transcript.line(meta());

        assertThat(transcript.meta()).containsEntry("name", "stack").containsEntry("version", "1");
        assertThat(heard).containsExactly("run stack");
    }

    @Test
    void start_and_result_lines_report_each_clause_with_its_place_in_the_whole_run() {
        transcript.line(meta());
        transcript.line(Protocol.START + first.id() + " ");
        transcript.line(result(first, Verdict.PASSED));
        transcript.line(Protocol.START + second.id());
        transcript.line(result(second, Verdict.NOT_CLAIMED));

        assertThat(heard)
                .containsExactly(
                        "run stack",
                        "start " + first.id() + " 1/7",
                        "finish " + first.id() + " PASSED 1/7",
                        "start " + second.id() + " 2/7",
                        "finish " + second.id() + " NOT_CLAIMED 2/7");
        assertThat(results).containsOnlyKeys(first.id(), second.id());
        assertThat(results.get(first.id()).reason()).isEqualTo("because");
        assertThat(results.get(first.id()).cases()).isEqualTo(3);
    }

    @Test
    void a_start_line_naming_no_clause_of_the_catalogue_is_not_reported() {
        transcript.line(meta());
        transcript.line(Protocol.START + "NO-SUCH-CLAUSE");

        assertThat(heard).containsExactly("run stack");
    }

    @Test
    void an_error_line_means_the_kit_cannot_run_as_asked() {
        assertThatThrownBy(() -> transcript.line(Protocol.ERROR + "no implementation class x.Y on the class path"))
                .isInstanceOf(KitException.class)
                .hasMessage("no implementation class x.Y on the class path");
    }

    @Test
    void an_internal_line_means_the_kit_itself_failed() {
        assertThatThrownBy(() -> transcript.line(Protocol.INTERNAL + "the run failed: java.lang.NullPointerException"))
                .isInstanceOf(KitInternalError.class)
                .isNotInstanceOf(KitException.class)
                .hasMessage("the run failed: java.lang.NullPointerException");
    }

    @Test
    void lines_that_are_not_protocol_are_kept_as_evidence_and_done_or_restart_are_not() {
        transcript.line("hello from the implementation");
        transcript.line(meta());
        transcript.line(Protocol.DONE);
        transcript.line(Protocol.RESTART);
        transcript.line("  second line");

        assertThat(evidence.text()).isEqualTo("hello from the implementation\n  second line");
    }

    @Test
    void a_child_that_ends_during_a_clause_fails_that_clause_with_its_exit_and_last_output() {
        transcript.line(meta());
        transcript.line(result(first, Verdict.PASSED));
        transcript.line(Protocol.START + second.id());
        transcript.line("Exception in thread main");

        transcript.ended(134);

        assertThat(results).containsOnlyKeys(first.id(), second.id());
        ClauseResult r = results.get(second.id());
        assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(r.reason())
                .isEqualTo("the JVM running the implementation ended during this clause: "
                        + "exit status 134 (killed by signal 6, SIGABRT)");
        assertThat(r.counterexample().property()).isEqualTo(second.id());
        assertThat(r.counterexample().message())
                .isEqualTo(second.id() + " («" + second.quote() + "») could not be checked to the end: " + r.reason());
        assertThat(r.counterexample().detail()).isEqualTo("Exception in thread main");
        assertThat(r.counterexample().calls()).isEmpty();
        assertThat(r.cases()).isZero();
        assertThat(r.replay()).isNull();
        assertThat(heard).last().isEqualTo("finish " + second.id() + " FAILED 2/7");
    }

    @Test
    void a_child_that_ends_before_the_run_began_fails_every_clause_it_was_given_that_has_no_verdict() {
        ClauseResult earlier = new ClauseResult(first, Verdict.PASSED, "earlier", 1, 1, null, null);
        results.put(first.id(), earlier);
        transcript.line("Error: could not find or load main class");

        transcript.ended(1);

        assertThat(results.get(first.id())).isSameAs(earlier);
        for (Clause c : List.of(second, third)) {
            ClauseResult r = results.get(c.id());
            assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(r.reason())
                    .isEqualTo("the JVM running the implementation ended before the run began: exit status 1");
            assertThat(r.counterexample().detail()).isEqualTo("Error: could not find or load main class");
        }
        assertThat(heard)
                .containsExactly("finish " + second.id() + " FAILED 2/7", "finish " + third.id() + " FAILED 3/7");
    }

    @Test
    void a_child_that_ends_between_clauses_fails_the_next_clause() {
        transcript.line(meta());
        transcript.line(result(first, Verdict.PASSED));

        transcript.ended(0);

        assertThat(results).containsOnlyKeys(first.id(), second.id());
        assertThat(results.get(second.id()).reason())
                .isEqualTo("the JVM running the implementation ended between clauses: exit status 0");
    }

    @Test
    void a_child_takes_a_clause_only_if_it_has_no_verdict_and_no_other_lane_took_it() {
        Set<String> elsewhere = Set.of(third.id());
        ChildTranscript sharing = new ChildTranscript(
                clauses, results, 7, RunProgress.SILENT, evidence, c -> !elsewhere.contains(c.id()));
        sharing.line(meta());
        sharing.line(result(first, Verdict.PASSED));

        assertThat(sharing.take(first.id())).as("has a verdict").isFalse();
        assertThat(sharing.take(third.id())).as("another lane took it").isFalse();
        assertThat(sharing.take("NO-SUCH-CLAUSE")).as("not given to this child").isFalse();
        assertThat(sharing.take(second.id())).isTrue();
    }

    @Test
    void a_child_that_ends_after_taking_a_clause_and_before_starting_it_fails_that_clause() {
        ChildTranscript sharing =
                new ChildTranscript(clauses, results, 7, RunProgress.SILENT, evidence, c -> !c.equals(second));
        sharing.line(meta());
        sharing.line(result(first, Verdict.PASSED));
        assertThat(sharing.take(third.id())).isTrue();

        sharing.ended(137);

        assertThat(results).containsOnlyKeys(first.id(), third.id());
        assertThat(results.get(third.id()).reason())
                .startsWith("the JVM running the implementation ended during this clause: exit status 137");
    }

    @Test
    void a_sharing_child_that_ends_between_clauses_fails_the_next_clause_its_lane_can_take_and_no_other() {
        ChildTranscript sharing =
                new ChildTranscript(clauses, results, 7, RunProgress.SILENT, evidence, c -> !c.equals(second));
        sharing.line(meta());
        sharing.line(result(first, Verdict.PASSED));

        sharing.ended(0);

        assertThat(results).containsOnlyKeys(first.id(), third.id());
    }

    @Test
    void a_child_that_asks_for_a_fresh_one_between_clauses_fails_nothing() {
        transcript.line(meta());
        transcript.line(result(first, Verdict.FAILED));
        transcript.line(Protocol.RESTART);

        transcript.ended(ChildMain.RESTART_STATUS);

        assertThat(results).containsOnlyKeys(first.id());
    }

    @Test
    void a_child_that_ends_after_every_verdict_fails_nothing() {
        transcript.line(meta());
        for (Clause c : clauses) {
            transcript.line(Protocol.START + c.id());
            transcript.line(result(c, Verdict.PASSED));
        }
        transcript.line(Protocol.DONE);

        transcript.ended(3);

        assertThat(results.values()).extracting(ClauseResult::verdict).containsOnly(Verdict.PASSED);
    }

    @Test
    void a_child_stuck_in_a_clause_fails_that_clause_with_the_thread_dump() {
        transcript.line(meta());
        transcript.line(Protocol.START + second.id());

        transcript.stuck(Duration.ofSeconds(85), "\"main\" waiting on accept");

        assertThat(results).containsOnlyKeys(second.id());
        ClauseResult r = results.get(second.id());
        assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(r.reason()).isEqualTo("the implementation stopped making progress: no verdict within 85000 ms");
        assertThat(r.counterexample().detail()).isEqualTo("\"main\" waiting on accept");
    }

    @Test
    void a_child_stuck_between_clauses_fails_the_next_clause() {
        transcript.line(meta());
        transcript.line(result(first, Verdict.PASSED));

        transcript.stuck(Duration.ofMillis(1500), "dump");

        assertThat(results).containsOnlyKeys(first.id(), second.id());
        assertThat(results.get(second.id()).verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void a_child_stuck_before_the_run_began_fails_every_clause_it_was_given() {
        transcript.stuck(Duration.ofMillis(1500), "dump");

        assertThat(results).containsOnlyKeys(first.id(), second.id(), third.id());
        assertThat(results.values())
                .extracting(ClauseResult::reason)
                .containsOnly(
                        "the implementation stopped making progress: no verdict within 1500 ms, before the run began");
    }
}
