package dev.rendezvous.tck.harness;

import static dev.rendezvous.tck.harness.Fixtures.CLAUSE;
import static dev.rendezvous.tck.harness.Fixtures.blockUntilInterrupted;
import static dev.rendezvous.tck.harness.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.StuckCall;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.property.InvalidCase;
import dev.rendezvous.tck.property.ReplayToken;
import dev.rendezvous.tck.property.ShrinkPass;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClauseRunnerTest {
    private static final Clause CLAUSE_ITSELF = Catalogue.require(CLAUSE);

    private final ScriptedStack stack = new ScriptedStack();
    private final ClauseRunner runner = new ClauseRunner(run(stack, 3));

    private static TestProperty holds(String name) {
        return new TestProperty(CLAUSE, name, c -> {});
    }

    /** Breaks whenever it draws 10 or more out of 0..100: the smallest failing case draws 10. */
    private static TestProperty breaksFromTen(String name) {
        return new TestProperty(CLAUSE, name, c -> {
            c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            int v = c.between(0, 100);
            if (v >= 10) {
                throw new Violation("drew " + v);
            }
        });
    }

    private ClauseResult verdictOf(Property... properties) {
        return runner.run(CLAUSE_ITSELF, List.of(properties));
    }

    @Test
    void a_clause_needing_a_feature_not_claimed_is_not_claimed_and_runs_nothing() {
        AtomicInteger runs = new AtomicInteger();
        Clause crossProcess = Catalogue.require("RENDEZVOUS-UNRELATED-PROCESS");
        ClauseResult r = runner.run(
                crossProcess,
                List.of(new TestProperty("RENDEZVOUS-UNRELATED-PROCESS", "p", c -> runs.incrementAndGet())));

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_CLAIMED);
        assertThat(r.reason()).isEqualTo("needs feature CROSS_PROCESS, which the implementation does not claim");
        assertThat(r.cases()).isZero();
        assertThat(r.clause()).isSameAs(crossProcess);
        assertThat(runs).hasValue(0);
    }

    @Test
    void a_clause_without_a_property_is_not_verified() {
        ClauseResult r = verdictOf();

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(r.reason()).isEqualTo("no check yet");
        assertThat(r.counterexample()).isNull();
        assertThat(r.replay()).isNull();
    }

    @Test
    void a_clause_passes_when_every_property_ran_its_tries_and_held() {
        ClauseResult r = verdictOf(holds("a"), holds("b"));

        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.reason()).isEqualTo("held for a (3 cases), b (3 cases)");
        assertThat(r.cases()).isEqualTo(6);
        assertThat(r.counterexample()).isNull();
        assertThat(r.replay()).isNull();
        assertThat(r.durationMillis()).isBetween(0L, 60_000L);
    }

    @Test
    void a_property_runs_no_more_cases_than_it_allows() {
        ClauseResult r = verdictOf(holds("blocking").atMost(2));

        assertThat(r.reason()).isEqualTo("held for blocking (2 cases)");
        assertThat(r.cases()).isEqualTo(2);
    }

    @Test
    void a_property_runs_no_more_cases_than_the_run_asks_for() {
        ClauseResult r = verdictOf(holds("many").atMost(50));

        assertThat(r.cases()).isEqualTo(3);
    }

    @Test
    void a_property_needing_a_feature_not_claimed_is_named_beside_those_that_held() {
        ClauseResult r = verdictOf(holds("a"), holds("cross").requiring(Feature.CROSS_PROCESS));

        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.reason()).isEqualTo("held for a (3 cases); not claimed: cross needs [CROSS_PROCESS]");
    }

    @Test
    void a_clause_whose_every_property_needs_a_feature_not_claimed_is_not_claimed() {
        ClauseResult r = verdictOf(holds("cross").requiring(Feature.CROSS_PROCESS));

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_CLAIMED);
        assertThat(r.reason()).isEqualTo("cross needs [CROSS_PROCESS]");
        assertThat(r.cases()).isZero();
    }

    @Test
    void a_property_that_could_not_be_provoked_makes_the_clause_not_verified_even_if_others_held() {
        ClauseResult r = verdictOf(holds("a"), new TestProperty(CLAUSE, "lab", c -> {
            throw new NotVerifiedException("needs the network lab");
        }));

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(r.reason()).isEqualTo("lab: needs the network lab");
        assertThat(r.cases()).isEqualTo(3);
    }

    @Test
    void the_reasons_of_every_property_not_verified_are_given() {
        ClauseResult r = verdictOf(
                new TestProperty(CLAUSE, "one", c -> {
                    throw new NotVerifiedException("first");
                }),
                new TestProperty(CLAUSE, "two", c -> {
                    throw new InvalidCase("never valid");
                }));

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(r.reason()).isEqualTo("one: first; two: generator rejected too many cases");
    }

    @Test
    void a_property_that_broke_fails_the_clause_with_its_shrunk_counterexample() {
        ClauseResult r = verdictOf(holds("a"), breaksFromTen("lengths"));

        assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(r.reason()).isEqualTo("property lengths broke: drew 10");
        assertThat(r.counterexample()).satisfies(x -> {
            assertThat(x.property()).isEqualTo(CLAUSE + "/lengths");
            assertThat(x.message()).isEqualTo(CLAUSE + " («" + CLAUSE_ITSELF.quote() + "») broke: drew 10");
            assertThat(x.calls()).singleElement().asString().matches("socket\\(AF_INET, SOCK_STREAM\\) = \\d+");
            assertThat(x.choices()).containsExactly(10L);
            assertThat(x.shrinkRuns()).isPositive();
            assertThat(x.shrinkPasses().stream().mapToInt(ShrinkPass::runs).sum())
                    .as("the passes' runs add up to the shrink's")
                    .isEqualTo(x.shrinkRuns());
            assertThat(x.detail()).isEmpty();
        });
        ReplayToken token = ReplayToken.parse(r.replay());
        assertThat(token.propertyId()).isEqualTo(CLAUSE + "/lengths");
        assertThat(token.choices()).containsExactly(10L);
        assertThat(r.cases()).isGreaterThan(3);
    }

    @Test
    void the_first_property_that_broke_decides_and_the_later_ones_are_not_run() {
        AtomicInteger later = new AtomicInteger();
        ClauseResult r = verdictOf(
                new TestProperty(CLAUSE, "lab", c -> {
                    throw new NotVerifiedException("no lab");
                }),
                breaksFromTen("first"),
                new TestProperty(CLAUSE, "later", c -> later.incrementAndGet()));

        assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(r.reason()).startsWith("property first broke: ");
        assertThat(later).hasValue(0);
    }

    @Test
    void a_case_past_its_deadline_fails_the_clause_as_hung_with_the_thread_dump() {
        CountDownLatch interrupted = new CountDownLatch(1);
        ClauseResult r = verdictOf(new TestProperty(CLAUSE, "wedged", c -> blockUntilInterrupted(interrupted))
                .withDeadlines(Duration.ofSeconds(10), Duration.ofMillis(60)));

        assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(r.reason()).isEqualTo("property wedged hung: the case did not finish within 60 ms");
        assertThat(ClauseRunner.hung(r)).isTrue();
        assertThat(r.counterexample().detail()).startsWith("\"rendezvous-case-" + CLAUSE + "/wedged\" ");
        assertThat(r.durationMillis()).isBetween(60L, 60_000L);
    }

    @Test
    void a_passed_clause_gives_the_cases_that_held_for_each_claimed_family() {
        ClauseResult r = new ClauseRunner(run(stack, 5))
                .run(CLAUSE_ITSELF, List.of(new TestProperty(CLAUSE, "f", Case::family)));

        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.reason()).isEqualTo("held for f (INET 3, UNIX 2)");
    }

    @Test
    void a_claimed_family_without_a_case_that_held_is_not_passed() {
        ClauseResult r = verdictOf(new TestProperty(CLAUSE, "unix-only", c -> {
            if (c.family() == AddressFamily.AF_INET) {
                throw new InvalidCase("the kit drew nothing it can use for INET");
            }
        }));

        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(r.reason()).isEqualTo("unix-only: no case of INET held (cases that held: INET 0, UNIX 3)");
    }

    @Test
    void every_claimed_family_gets_a_case_even_with_fewer_tries_than_families() {
        ClauseResult r = new ClauseRunner(run(stack, 1))
                .run(CLAUSE_ITSELF, List.of(new TestProperty(CLAUSE, "f", Case::family)));

        assertThat(r.reason()).isEqualTo("held for f (INET 1, UNIX 1)");
    }

    @Test
    void a_property_whose_every_case_covers_every_family_may_run_a_single_case() {
        ClauseResult r = new ClauseRunner(run(stack, 1))
                .run(
                        CLAUSE_ITSELF,
                        List.of(new TestProperty(CLAUSE, "all-at-once", c -> {}).coveringEveryFamilyEachCase(null)));

        assertThat(r.cases()).isEqualTo(1);
        assertThat(r.reason()).isEqualTo("held for all-at-once (1 case)");
    }

    @Test
    void what_a_property_leaves_out_of_the_claimed_families_is_said_beside_what_held() {
        ClauseResult r = new ClauseRunner(run(stack, 1))
                .run(
                        CLAUSE_ITSELF,
                        List.of(new TestProperty(CLAUSE, "all-at-once", c -> {})
                                .coveringEveryFamilyEachCase("UNIX not provoked: no such target")));

        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.reason()).isEqualTo("held for all-at-once (1 case; UNIX not provoked: no such target)");
    }

    @Test
    void a_case_that_hangs_inside_a_group_of_draws_fails_the_clause_as_hung() {
        CountDownLatch interrupted = new CountDownLatch(1);
        ClauseResult r = verdictOf(new TestProperty(
                        CLAUSE,
                        "step",
                        c -> c.choices().group(g -> {
                            g.between(0, 3);
                            blockUntilInterrupted(interrupted);
                            return 0;
                        }))
                .withDeadlines(Duration.ofSeconds(10), Duration.ofMillis(60)));

        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.FAILED);
        assertThat(r.reason()).isEqualTo("property step hung: the case did not finish within 60 ms");
        assertThat(r.counterexample().detail()).contains("blockUntilInterrupted");
    }

    @Test
    void a_case_that_hangs_while_shrinking_fails_the_clause_as_hung() {
        CountDownLatch interrupted = new CountDownLatch(1);
        ClauseResult r = verdictOf(new TestProperty(
                        CLAUSE,
                        "shrinks-into-a-hang",
                        c -> c.choices().group(g -> {
                            if (g.between(0, 1000) >= 5) {
                                throw new Violation("drew 5 or more");
                            }
                            blockUntilInterrupted(interrupted);
                            return 0;
                        }))
                .withDeadlines(Duration.ofSeconds(10), Duration.ofMillis(60)));

        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.FAILED);
        assertThat(r.reason()).startsWith("property shrinks-into-a-hang ");
        assertThat(r.replay()).startsWith("rv1:" + CLAUSE + "/shrinks-into-a-hang:");
    }

    @Test
    void a_call_a_property_gave_up_on_fails_the_clause_as_hung_with_where_it_stood() {
        ClauseResult r = verdictOf(new TestProperty(CLAUSE, "stuck", c -> {
            throw new StuckCall("accept(3) did not return", Thread.currentThread());
        }));

        assertThat(r.reason()).isEqualTo("property stuck hung: accept(3) did not return");
        assertThat(ClauseRunner.hung(r)).isTrue();
        assertThat(r.counterexample().detail()).startsWith("\"rendezvous-case-" + CLAUSE + "/stuck\" RUNNABLE");
    }

    @Test
    void only_a_failure_whose_reason_says_it_hung_counts_as_hung() {
        ClauseResult broke = verdictOf(breaksFromTen("b"));

        assertThat(ClauseRunner.hung(broke)).isFalse();
        assertThat(ClauseRunner.hung(broke.withVerdict(Verdict.FAILED, null))).isFalse();
        assertThat(ClauseRunner.hung(broke.withVerdict(Verdict.EXPECTED_FAILURE, "property b" + ClauseRunner.HUNG)))
                .isFalse();
        assertThat(ClauseRunner.hung(broke.withVerdict(Verdict.FAILED, "property b" + ClauseRunner.HUNG + "x")))
                .isTrue();
    }

    @Test
    void descriptors_the_cases_left_open_are_reported_with_the_pass() {
        ClauseResult r = verdictOf(new TestProperty(
                CLAUSE, "leaks", c -> c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM)));

        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.reason())
                .isEqualTo("held for leaks (3 cases); the harness closed 3 descriptors the cases left open");
        assertThat(stack.closed()).containsExactly(3, 4, 5);
    }

    @Test
    void each_property_draws_from_a_seed_of_its_own_that_follows_the_run_seed() {
        for (long seed : new long[] {0L, -1L, 42L}) {
            ClauseRunner r = new ClauseRunner(run(stack, 3, seed));
            long a = r.propertySeed(holds("a"));
            long b = r.propertySeed(holds("b"));

            assertThat(a).as("seed %d", seed).isNotEqualTo(b);
            assertThat(r.propertySeed(holds("a"))).isEqualTo(a);
        }
        assertThat(new ClauseRunner(run(stack, 3, 1L)).propertySeed(holds("a")))
                .isNotEqualTo(new ClauseRunner(run(stack, 3, 2L)).propertySeed(holds("a")));
    }

    @Test
    void a_failure_is_found_again_from_the_same_run_seed() {
        ClauseResult first = verdictOf(breaksFromTen("again"));
        ClauseResult second =
                new ClauseRunner(run(new ScriptedStack(), 3)).run(CLAUSE_ITSELF, List.of(breaksFromTen("again")));

        assertThat(second.replay()).isEqualTo(first.replay());
    }

    @Test
    void replaying_a_failing_case_fails_the_clause_from_that_case_alone() {
        TestProperty p = breaksFromTen("lengths");
        ReplayToken token = new ReplayToken(p.id(), 5L, new long[] {42});

        ClauseResult r = runner.replay(p, token);

        assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(r.reason()).isEqualTo("replayed case failed: drew 42");
        assertThat(r.cases()).isEqualTo(1);
        assertThat(r.replay()).isEqualTo(token.toString());
        assertThat(r.counterexample()).satisfies(x -> {
            assertThat(x.property()).isEqualTo(p.id());
            assertThat(x.message()).isEqualTo(CLAUSE + " («" + CLAUSE_ITSELF.quote() + "») broke: drew 42");
            assertThat(x.calls()).containsExactly("socket(AF_INET, SOCK_STREAM) = 3");
            assertThat(x.choices()).containsExactly(42L);
            assertThat(x.shrinkRuns()).isZero();
            assertThat(x.detail()).isEmpty();
        });
    }

    @Test
    void replaying_a_case_that_hangs_keeps_the_thread_dump() {
        CountDownLatch interrupted = new CountDownLatch(1);
        TestProperty p = new TestProperty(CLAUSE, "wedged", c -> blockUntilInterrupted(interrupted))
                .withDeadlines(Duration.ofSeconds(10), Duration.ofMillis(40));

        ClauseResult r = runner.replay(p, new ReplayToken(p.id(), 0L, new long[0]));

        assertThat(r.counterexample().detail()).startsWith("\"rendezvous-case-" + p.id() + "\" ");
    }

    @Test
    void replaying_a_stuck_call_keeps_where_it_stood() {
        TestProperty p = new TestProperty(CLAUSE, "stuck", c -> {
            throw new StuckCall("accept(3) did not return", Thread.currentThread());
        });

        ClauseResult r = runner.replay(p, new ReplayToken(p.id(), 0L, new long[0]));

        assertThat(r.counterexample().detail()).startsWith("\"rendezvous-case-" + p.id() + "\" RUNNABLE");
    }

    @Test
    void replaying_a_case_that_holds_is_a_failure_that_did_not_reproduce_never_a_pass() {
        TestProperty p = breaksFromTen("lengths");
        ReplayToken token = new ReplayToken(p.id(), 5L, new long[] {3});

        ClauseResult r = runner.replay(p, token);

        assertThat(r.verdict()).isEqualTo(Verdict.DID_NOT_REPRODUCE);
        assertThat(r.reason()).isEqualTo("the failure did not reproduce: the replayed case held this time");
        assertThat(r.cases()).isEqualTo(1);
        assertThat(r.counterexample()).isNull();
        assertThat(r.replay()).isEqualTo(token.toString());
    }

    @Test
    void replaying_a_case_the_environment_cannot_provoke_is_not_verified() {
        TestProperty p = new TestProperty(CLAUSE, "lab", c -> {
            throw new NotVerifiedException("needs the network lab");
        });

        ClauseResult r = runner.replay(p, new ReplayToken(p.id(), 5L, new long[0]));

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(r.reason()).isEqualTo("needs the network lab");
        assertThat(r.cases()).isZero();
    }

    @Test
    void replaying_a_case_that_is_not_valid_is_not_verified_saying_why() {
        TestProperty p = new TestProperty(CLAUSE, "assumes", c -> {
            throw new InvalidCase("needs two families");
        });

        ClauseResult r = runner.replay(p, new ReplayToken(p.id(), 5L, new long[0]));

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(r.reason()).isEqualTo("the replayed case is not valid: needs two families");
        assertThat(r.cases()).isZero();
    }
}
