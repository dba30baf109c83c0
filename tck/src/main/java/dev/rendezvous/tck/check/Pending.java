package dev.rendezvous.tck.check;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A call running on another thread of the case, judged by the timing knobs: it must not finish
 * within a quiet window, or must finish within an event deadline.
 */
public final class Pending<T> {
    private final String what;
    private final Thread thread;
    private final CompletableFuture<T> result;

    Pending(String what, Thread thread, CompletableFuture<T> result) {
        this.what = what;
        this.thread = thread;
        this.result = result;
    }

    /** The thread the call runs on (to interrupt it: the SPI's signal). */
    public Thread thread() {
        return thread;
    }

    /** Whether it has finished (returned or thrown). */
    public boolean isDone() {
        return result.isDone();
    }

    /** The call must still be running after {@code window}; else a violation naming what it did. */
    public void expectStillRunningAfter(Duration window, String clauseWords) throws InterruptedException {
        try {
            T value = result.get(window.toNanos(), TimeUnit.NANOSECONDS);
            throw new Violation(
                    what + " returned " + value + " within " + window.toMillis() + " ms although " + clauseWords);
        } catch (TimeoutException expected) {
            // still blocked, as it must be
        } catch (ExecutionException e) {
            throw new Violation(
                    what + " failed within " + window.toMillis() + " ms although " + clauseWords + ": " + e.getCause(),
                    e.getCause());
        }
    }

    /** The call's outcome within {@code deadline}: its value, or its exception rethrown. */
    public T await(Duration deadline) throws Exception {
        try {
            return result.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new StuckCall(what + " did not finish within " + deadline.toMillis() + " ms", thread);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
    }

    /**
     * Waits until one of {@code calls} has finished (returned or thrown), at most
     * {@code deadline}.
     *
     * @return whether one did
     */
    public static boolean anyDoneWithin(Duration deadline, Pending<?>... calls) throws InterruptedException {
        CompletableFuture<?>[] all = new CompletableFuture<?>[calls.length];
        for (int i = 0; i < calls.length; i++) {
            all[i] = calls[i].result;
        }
        try {
            CompletableFuture.anyOf(all).get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
