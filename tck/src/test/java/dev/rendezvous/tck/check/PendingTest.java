package dev.rendezvous.tck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A call on another thread, judged by a quiet window or an event deadline. */
class PendingTest {

    private final Thread caller = new Thread(() -> {}, "the-caller");

    @Test
    void aCallStillRunningAfterTheWindowIsWhatTheClauseWants() throws Exception {
        Pending<Integer> blocked = new Pending<>("accept(3)", caller, new CompletableFuture<>());

        blocked.expectStillRunningAfter(Duration.ofMillis(10), "nothing is queued");

        assertThat(blocked.isDone()).isFalse();
        assertThat(blocked.thread()).isSameAs(caller);
    }

    @Test
    void aCallThatReturnsWithinTheWindowIsAViolation() {
        Pending<Integer> returned = new Pending<>("accept(3)", caller, CompletableFuture.completedFuture(5));

        assertThat(returned.isDone()).isTrue();
        assertThatThrownBy(() -> returned.expectStillRunningAfter(Duration.ofMillis(20), "nothing is queued"))
                .isInstanceOf(Violation.class)
                .hasMessage("accept(3) returned 5 within 20 ms although nothing is queued");
    }

    @Test
    void aCallThatFailsWithinTheWindowIsAViolationWithItsCause() {
        IOException cause = new IOException("broken");
        Pending<Integer> failed = new Pending<>("accept(3)", caller, CompletableFuture.failedFuture(cause));

        assertThatThrownBy(() -> failed.expectStillRunningAfter(Duration.ofMillis(20), "nothing is queued"))
                .isInstanceOf(Violation.class)
                .hasMessage("accept(3) failed within 20 ms although nothing is queued: " + cause)
                .hasCause(cause);
    }

    @Test
    void awaitGivesTheValueOrRethrowsWhatTheCallThrew() throws Exception {
        IOException exception = new IOException("broken");
        AssertionError error = new AssertionError("wrong");
        Throwable neither = new Throwable("odd");

        assertThat(new Pending<>("a", caller, CompletableFuture.completedFuture("v")).await(Duration.ofSeconds(1)))
                .isEqualTo("v");
        assertThatThrownBy(() -> new Pending<>("a", caller, CompletableFuture.failedFuture(exception))
                        .await(Duration.ofSeconds(1)))
                .isSameAs(exception);
        assertThatThrownBy(() ->
                        new Pending<>("a", caller, CompletableFuture.failedFuture(error)).await(Duration.ofSeconds(1)))
                .isSameAs(error);
        assertThatThrownBy(() -> new Pending<>("a", caller, CompletableFuture.failedFuture(neither))
                        .await(Duration.ofSeconds(1)))
                .hasCause(neither);
    }

    @Test
    void aCallPastItsDeadlineIsStuckAndShowsWhereItsThreadStood() {
        Pending<Integer> stuck = new Pending<>("connect(4)", caller, new CompletableFuture<>());

        assertThatThrownBy(() -> stuck.await(Duration.ofMillis(15)))
                .isInstanceOf(StuckCall.class)
                .hasMessage("connect(4) did not finish within 15 ms")
                .satisfies(e -> assertThat(((StuckCall) e).threadDump()).startsWith("\"the-caller\" NEW\n"));
    }

    @Test
    void aStuckCallDumpsTheStackOfItsThread() {
        StuckCall stuck = new StuckCall("hung", Thread.currentThread());

        assertThat(stuck).hasMessage("hung");
        assertThat(stuck.threadDump())
                .startsWith("\"" + Thread.currentThread().getName() + "\" RUNNABLE\n")
                .contains("    at " + PendingTest.class.getName() + ".aStuckCallDumpsTheStackOfItsThread(");
    }
}
