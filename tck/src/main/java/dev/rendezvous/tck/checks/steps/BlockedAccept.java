package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Pending;
import java.util.concurrent.Callable;

/** An accept with nothing pending, started on a thread of the case and seen blocking for the quiet window. */
public final class BlockedAccept {
    private BlockedAccept() {}

    /**
     * Runs {@code accept} (a call of accept on {@code listener}, as the property wants its outcome)
     * in the background, and checks that it has not returned after the quiet window.
     */
    public static <T> Pending<T> start(Case c, Endpoint listener, Callable<T> accept) throws InterruptedException {
        Pending<T> pending = c.inBackground("accept(" + listener.fd() + ") with nothing pending", accept);
        pending.expectStillRunningAfter(
                c.knobs().quietWindow(),
                "no client has connected: accept will not return until a connection is available");
        return pending;
    }
}
