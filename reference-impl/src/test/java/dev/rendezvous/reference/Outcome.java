package dev.rendezvous.reference;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.util.concurrent.CompletableFuture;

/**
 * What a call made in its own thread gave back: a value or an errno, and whether that thread's
 * interrupt status was set right after the call.
 */
record Outcome(Integer value, Errno errno, boolean interruptedAfter) {

    /** A call that gives an int (a descriptor, a byte count). */
    @FunctionalInterface
    interface IntCall {
        int run() throws ErrnoException;
    }

    /** A call in a new thread of its own (so that the test can interrupt it). */
    static final class InThread {
        final Thread thread;
        final CompletableFuture<Outcome> result = new CompletableFuture<>();

        InThread(String name, IntCall call) {
            thread = new Thread(
                    () -> {
                        Outcome o;
                        try {
                            int v = call.run();
                            o = new Outcome(v, null, Thread.currentThread().isInterrupted());
                        } catch (ErrnoException e) {
                            o = new Outcome(
                                    null, e.errno(), Thread.currentThread().isInterrupted());
                        } catch (RuntimeException | Error e) {
                            result.completeExceptionally(e);
                            return;
                        }
                        result.complete(o);
                    },
                    name);
            thread.setDaemon(true);
            thread.start();
        }
    }
}
