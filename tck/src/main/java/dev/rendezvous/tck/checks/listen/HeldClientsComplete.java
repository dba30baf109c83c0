package dev.rendezvous.tck.checks.listen;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.BackgroundConnect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * LISTEN-BACKLOG, past full: with a drawn backlog b (0 to 2), b + 2 clients connect at once
 * (blocking connects, each on a thread of its own), one more than Linux's queue of b + 1 holds.
 * Only one: two held TCP clients race for the room one accept makes, and Linux retries the loser
 * seconds later (3 s, 7 s, ...), which no event deadline can wait for. After the quiet window
 * (the clients the queue takes have connected, the others are held) the server accepts until
 * every client is accounted for: none is lost. Each connect ends once accept
 * has made room — it completes, or is refused (ECONNREFUSED, EAGAIN, ETIMEDOUT) — and every
 * client whose connect completed is accepted, each within the event deadline of the last accept
 * (a TCP client held beyond the queue waits for its SYN's retransmission, a second on Linux:
 * the event deadline must be longer). Linux completes b + 1 at once and holds
 * the others (TCP drops their SYN and the client sends it again after a second; a UNIX client
 * sleeps in connect) until accept makes room; they all complete.
 */
final class HeldClientsComplete extends Property {
    private static final Set<Errno> REFUSED = EnumSet.of(Errno.ECONNREFUSED, Errno.EAGAIN, Errno.ETIMEDOUT);

    HeldClientsComplete() {
        super("LISTEN-BACKLOG", "held-clients-complete");
    }

    /** The most clients a case connects: backlog 2, one beyond its queue of 3. */
    private static final int MAX_CLIENTS = 4;

    /** Few tries: a TCP client held beyond the queue waits for its SYN's retransmission, a second on Linux. */
    @Override
    public int maxTries() {
        return 3;
    }

    @Override
    public Duration caseDeadline(Knobs knobs) {
        return super.caseDeadline(knobs)
                .plus(knobs.quietWindow())
                .plus(knobs.eventDeadline().multipliedBy(MAX_CLIENTS));
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int backlog = c.between(0, 2);
        int count = backlog + 2;
        Endpoint server = c.listener(family, backlog);
        String situation = count + " clients of listen(" + server.fd() + ", " + backlog + ")";
        List<CompletableFuture<Errno>> connects = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            connects.add(
                    BackgroundConnect.start(c, c.socket(family), server.name(), "client " + i + " of " + situation));
        }
        awaitHeld(c, connects);
        int accepted = 0;
        long deadline = System.nanoTime() + c.knobs().eventDeadline().toNanos();
        while (accepted < count - refused(connects)) {
            CompletableFuture<Integer> accept = acceptInBackground(c, server.fd());
            if (!acceptedOrAllRefused(accept, connects, accepted, deadline, situation)) {
                break;
            }
            accepted++;
            deadline = System.nanoTime() + c.knobs().eventDeadline().toNanos();
        }
        for (int i = 0; i < count; i++) {
            Errno e = outcome(connects.get(i), deadline, "client " + (i + 1) + " of " + situation, accepted);
            Expect.that(
                    e == null || REFUSED.contains(e),
                    "connect of client %d of %s failed with %s; a client beyond the backlog may be held, refused"
                            + " (ECONNREFUSED, EAGAIN) or time out (ETIMEDOUT)",
                    i + 1,
                    situation,
                    e == null ? "" : e.describe());
        }
    }

    /**
     * Waits for the accept to return a descriptor (true) or for every client not yet accepted to
     * be refused (false: the accept is left blocked, nothing more is due), up to the deadline; an
     * accept that fails, or nothing by the deadline while a connection is due, is a violation.
     */
    private static boolean acceptedOrAllRefused(
            CompletableFuture<Integer> accept,
            List<CompletableFuture<Errno>> connects,
            int accepted,
            long deadline,
            String situation)
            throws Exception {
        while (true) {
            if (accept.isDone()) {
                try {
                    accept.get();
                    return true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ErrnoException) {
                        throw new Violation("accept " + (accepted + 1) + " of the " + situation + " failed with "
                                + ((ErrnoException) e.getCause()).errno().describe());
                    }
                    throw e;
                }
            }
            int refused = refused(connects);
            if (accepted >= connects.size() - refused) {
                return false;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new Violation("accept " + (accepted + 1) + " of the " + situation + " did not return within the"
                        + " event deadline: " + accepted + " accepted, " + refused + " refused, so "
                        + (connects.size() - accepted - refused) + " lost");
            }
            List<CompletableFuture<?>> watched = new ArrayList<>();
            watched.add(accept);
            for (CompletableFuture<Errno> f : connects) {
                if (!f.isDone()) {
                    watched.add(f);
                }
            }
            try {
                CompletableFuture.anyOf(watched.toArray(new CompletableFuture<?>[0]))
                        .get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException judgedOnTheNextRound) {
                // the next round looks at what ended, or at the deadline
            }
        }
    }

    /**
     * Lets every client reach its connect before the first accept makes room: those the queue
     * takes complete, the others are held, for no longer than the quiet window.
     */
    private static void awaitHeld(Case c, List<CompletableFuture<Errno>> connects) throws InterruptedException {
        try {
            CompletableFuture.allOf(connects.toArray(new CompletableFuture<?>[0]))
                    .get(c.knobs().quietWindow().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException held) {
            // some clients are held beyond the queue, as they may be
        } catch (ExecutionException judgedLater) {
            // a connect that threw is judged with its outcome
        }
    }

    private static int refused(List<CompletableFuture<Errno>> connects) {
        int n = 0;
        for (CompletableFuture<Errno> f : connects) {
            if (f.isDone() && !f.isCompletedExceptionally() && f.join() != null) {
                n++;
            }
        }
        return n;
    }

    private static CompletableFuture<Integer> acceptInBackground(Case c, int listener) {
        CompletableFuture<Integer> accepted = new CompletableFuture<>();
        c.inBackground("accept(" + listener + ")", () -> {
            try {
                accepted.complete(c.stack().accept(listener, null));
            } catch (Exception | Error e) {
                accepted.completeExceptionally(e);
            }
            return null;
        });
        return accepted;
    }

    private static Errno outcome(CompletableFuture<Errno> connect, long deadline, String who, int accepted)
            throws Exception {
        try {
            return connect.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new Violation("connect of " + who + " neither completed nor failed within the event deadline"
                    + " although accept had taken " + accepted + " connections and made room in the queue");
        } catch (ExecutionException e) {
            throw new Violation("connect of " + who + " threw " + e.getCause(), e.getCause());
        }
    }
}
