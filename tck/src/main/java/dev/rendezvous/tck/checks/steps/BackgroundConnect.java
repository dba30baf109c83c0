package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import java.util.concurrent.CompletableFuture;

/** A blocking connect on a thread of the case, for clients that may be held. */
public final class BackgroundConnect {
    private BackgroundConnect() {}

    /**
     * Starts {@code connect(fd, to)}; the future completes with null when it returns, with the
     * errno when it fails, and exceptionally when it throws anything else.
     *
     * @param who the client, for the thread's description
     */
    public static CompletableFuture<Errno> start(Case c, int fd, Sockaddr to, String who) {
        CompletableFuture<Errno> outcome = new CompletableFuture<>();
        c.inBackground("connect(" + fd + ") of " + who, () -> {
            try {
                c.stack().connect(fd, to.bytes(), to.length());
                outcome.complete(null);
            } catch (ErrnoException e) {
                outcome.complete(e.errno());
            } catch (RuntimeException | Error e) {
                outcome.completeExceptionally(e);
            }
            return null;
        });
        return outcome;
    }
}
