package dev.rendezvous.tck.harness;

import static dev.rendezvous.tck.harness.Fixtures.CLAUSE;
import static dev.rendezvous.tck.harness.Fixtures.blockUntilInterrupted;
import static dev.rendezvous.tck.harness.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.check.ImplementationFault;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.property.Choices;
import dev.rendezvous.tck.property.InvalidCase;
import dev.rendezvous.tck.property.TrialOutcome;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {
    private final ScriptedStack stack = new ScriptedStack();

    private TrialOutcome runOnce(TestProperty p) {
        return new CaseRunner(p, run(stack, 1)).run(Choices.random(7));
    }

    private CaseRunner runner(TestProperty p) {
        return new CaseRunner(p, run(stack, 1));
    }

    @Test
    void a_check_that_returns_passes() {
        assertThat(runOnce(new TestProperty(CLAUSE, "quiet", c -> {}))).isEqualTo(TrialOutcome.passed());
    }

    @Test
    void a_violation_fails_the_case_with_its_message_and_the_calls_made() {
        TrialOutcome o = runOnce(new TestProperty(CLAUSE, "broken", c -> {
            c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            throw new Violation("the name differs");
        }));

        assertThat(o).isInstanceOfSatisfying(TrialOutcome.Failed.class, f -> {
            assertThat(f.message()).isEqualTo("the name differs");
            assertThat(f.cause()).isInstanceOf(Violation.class);
            assertThat(f.trace()).containsExactly("socket(AF_INET, SOCK_STREAM) = 3");
        });
    }

    @Test
    void an_assumption_not_met_makes_the_case_invalid() {
        TrialOutcome o = runOnce(new TestProperty(CLAUSE, "assumes", c -> {
            throw new InvalidCase("needs two families");
        }));

        assertThat(o).isEqualTo(TrialOutcome.invalid("needs two families"));
    }

    @Test
    void what_the_environment_cannot_provoke_is_not_verified() {
        TrialOutcome o = runOnce(new TestProperty(CLAUSE, "lab", c -> {
            throw new NotVerifiedException("needs the network lab");
        }));

        assertThat(o).isEqualTo(TrialOutcome.notVerified("needs the network lab"));
    }

    @Test
    void an_errno_where_the_contract_expects_success_names_the_call_that_failed() {
        stack.on("listen", () -> {
            throw new ErrnoException(Errno.EBADF);
        });
        TrialOutcome o = runOnce(new TestProperty(CLAUSE, "listens", c -> {
            int fd = c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            c.stack().listen(fd, 5);
        }));

        assertThat(o).isInstanceOfSatisfying(TrialOutcome.Failed.class, f -> {
            assertThat(f.message())
                    .isEqualTo("the call listen(3, 5) -> EBADF (9) failed where the contract expects it to succeed: "
                            + Errno.EBADF.describe());
            assertThat(f.cause()).isInstanceOf(ErrnoException.class);
            assertThat(f.trace()).containsExactly("socket(AF_INET, SOCK_STREAM) = 3", "listen(3, 5) -> EBADF (9)");
        });
    }

    @Test
    void an_errno_thrown_before_any_call_is_blamed_on_a_call() {
        TrialOutcome o = runOnce(new TestProperty(CLAUSE, "errno", c -> {
            throw new ErrnoException(Errno.ECONNREFUSED);
        }));

        assertThat(o)
                .isInstanceOfSatisfying(
                        TrialOutcome.Failed.class,
                        f -> assertThat(f.message())
                                .startsWith("a call failed where the contract expects it to succeed: ECONNREFUSED"));
    }

    @Test
    void an_unchecked_exception_of_the_check_fails_the_case_naming_it() {
        TrialOutcome o = runOnce(new TestProperty(CLAUSE, "buggy", c -> {
            throw new IllegalStateException("no listener drawn");
        }));

        assertThat(o).isInstanceOfSatisfying(TrialOutcome.Failed.class, f -> {
            assertThat(f.message())
                    .isEqualTo("the check itself could not go on: java.lang.IllegalStateException: no listener drawn");
            assertThat(f.cause()).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void an_unchecked_exception_of_the_implementation_fails_the_case_naming_the_call() {
        stack.on("bind", () -> {
            throw new IllegalArgumentException("bad name");
        });
        TrialOutcome o = runOnce(new TestProperty(CLAUSE, "binds", c -> {
            Sockaddr name = Sockaddr.unix("/tmp/s");
            c.stack().bind(3, name.bytes(), name.length());
        }));

        assertThat(o).isInstanceOfSatisfying(TrialOutcome.Failed.class, f -> {
            assertThat(f.cause()).isInstanceOf(ImplementationFault.class);
            assertThat(f.message())
                    .startsWith("the call bind(3, {AF_UNIX \"/tmp/s\" [")
                    .contains("threw java.lang.IllegalArgumentException: bad name");
        });
    }

    @Test
    void a_call_past_the_call_deadline_fails_the_case_with_a_thread_dump_and_is_interrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        stack.on("connect", () -> blockUntilInterrupted(interrupted));
        TestProperty p = new TestProperty(CLAUSE, "hangs", c -> {
                    Sockaddr name = Sockaddr.unix("/tmp/s");
                    c.stack().connect(3, name.bytes(), name.length());
                })
                .withDeadlines(Duration.ofMillis(100), Duration.ofSeconds(10));

        long start = System.nanoTime();
        TrialOutcome o = runOnce(p);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(o).isInstanceOfSatisfying(TrialOutcome.Failed.class, f -> {
            assertThat(f.message())
                    .startsWith("the call connect(3, {AF_UNIX \"/tmp/s\"")
                    .endsWith(" did not return within 100 ms");
            assertThat(f.cause())
                    .isInstanceOfSatisfying(
                            CaseHung.class,
                            h -> assertThat(h.threadDump())
                                    .startsWith("\"rendezvous-case-" + p.id() + "\" ")
                                    .contains("    at "));
        });
        assertThat(tookMillis).isBetween(100L, 5_000L);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_case_past_the_case_deadline_fails_even_when_no_call_is_in_progress() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        TestProperty p = new TestProperty(CLAUSE, "waits", c -> blockUntilInterrupted(interrupted))
                .withDeadlines(Duration.ofSeconds(10), Duration.ofMillis(60));

        long start = System.nanoTime();
        TrialOutcome o = runOnce(p);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(o).isInstanceOfSatisfying(TrialOutcome.Failed.class, f -> {
            assertThat(f.message()).isEqualTo("the case did not finish within 60 ms");
            assertThat(f.cause()).isInstanceOf(CaseHung.class);
        });
        assertThat(tookMillis).isBetween(60L, 5_000L);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_thread_dump_of_a_hang_includes_the_threads_the_case_started() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(2);
        TestProperty p = new TestProperty(CLAUSE, "background", c -> {
                    c.inBackground("accept", () -> {
                        blockUntilInterrupted(interrupted);
                        return 0;
                    });
                    blockUntilInterrupted(interrupted);
                })
                .withDeadlines(Duration.ofSeconds(10), Duration.ofMillis(60));

        TrialOutcome o = runOnce(p);

        assertThat(o)
                .isInstanceOfSatisfying(
                        TrialOutcome.Failed.class,
                        f -> assertThat(((CaseHung) f.cause()).threadDump())
                                .containsSubsequence(
                                        "\"rendezvous-case-" + p.id() + "\"", "\"rendezvous-case-" + p.id() + "\""));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_run_interrupted_while_waiting_fails_the_case_and_keeps_the_interrupt() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CaseRunner cases = runner(new TestProperty(CLAUSE, "slow", c -> {
                    c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
                    opened.countDown();
                    blockUntilInterrupted(interrupted);
                })
                .withDeadlines(Duration.ofSeconds(10), Duration.ofSeconds(10)));
        AtomicReference<TrialOutcome> outcome = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread harness = new Thread(() -> {
            outcome.set(cases.run(Choices.random(1)));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        harness.setDaemon(true);
        harness.start();
        assertThat(opened.await(5, TimeUnit.SECONDS)).isTrue();

        harness.interrupt();
        harness.join(5_000);

        assertThat(outcome.get())
                .isInstanceOfSatisfying(
                        TrialOutcome.Failed.class, f -> assertThat(f.message()).isEqualTo("the run was interrupted"));
        assertThat(stillInterrupted).isTrue();
        assertThat(cases.descriptorsLeftOpen()).isEqualTo(1);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void after_a_hang_no_further_case_of_the_property_is_run() {
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch runs = new CountDownLatch(2);
        CaseRunner cases = runner(new TestProperty(CLAUSE, "once", c -> {
                    runs.countDown();
                    blockUntilInterrupted(interrupted);
                })
                .withDeadlines(Duration.ofSeconds(10), Duration.ofMillis(40)));

        assertThat(cases.run(Choices.random(1))).isInstanceOf(TrialOutcome.Failed.class);
        TrialOutcome second = cases.run(Choices.random(2));

        assertThat(second)
                .isEqualTo(TrialOutcome.invalid("an earlier case of this property hung; no further case is run"));
        assertThat(runs.getCount()).isEqualTo(1);
    }

    @Test
    void a_case_that_fails_without_hanging_does_not_stop_the_next_case() {
        CaseRunner cases = runner(new TestProperty(CLAUSE, "flaky", c -> {
            throw new Violation("broke");
        }));

        cases.run(Choices.random(1));

        assertThat(cases.run(Choices.random(2))).isInstanceOf(TrialOutcome.Failed.class);
    }

    @Test
    void descriptors_left_open_are_closed_newest_first_and_counted() {
        CaseRunner cases = runner(new TestProperty(CLAUSE, "leaks", c -> {
            int a = c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            int b = c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            c.stack().close(b);
            c.stack().accept(a, null);
        }));

        assertThat(cases.run(Choices.random(1))).isEqualTo(TrialOutcome.passed());
        assertThat(stack.closed()).containsExactly(4, 6, 5, 3);
        assertThat(cases.descriptorsLeftOpen()).isEqualTo(3);

        cases.run(Choices.random(2));

        assertThat(cases.descriptorsLeftOpen())
                .as("counted over all the property's cases")
                .isEqualTo(6);
    }

    @Test
    void a_case_that_closes_what_it_opened_leaves_nothing_to_close() {
        CaseRunner cases = runner(new TestProperty(CLAUSE, "tidy", c -> {
            int fd = c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            c.stack().close(fd);
        }));

        cases.run(Choices.random(1));

        assertThat(cases.descriptorsLeftOpen()).isZero();
        assertThat(stack.closed()).containsExactly(3);
    }

    @Test
    void closing_what_was_left_open_goes_on_past_a_close_that_fails() {
        stack.on("close", () -> {
            throw new ErrnoException(Errno.EBADF);
        });
        CaseRunner cases = runner(new TestProperty(CLAUSE, "leaks", c -> {
            c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
            c.stack().socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        }));

        assertThat(cases.run(Choices.random(1))).isEqualTo(TrialOutcome.passed());

        assertThat(stack.closed()).containsExactly(4, 3);
        assertThat(cases.descriptorsLeftOpen()).isEqualTo(2);
    }
}
