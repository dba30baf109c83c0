package dev.rendezvous.tck.checks.listen;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.BackgroundConnect;
import dev.rendezvous.tck.checks.steps.Bounded;
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
 * LISTEN-BACKLOG, the queue: with a drawn backlog b (1 to 8), b clients connect while the
 * server accepts nothing, and each blocking connect returns; then all b are accepted, each with
 * its own name. One client beyond the backlog may be held (its connect still blocking after the
 * quiet window), refused (ECONNREFUSED, EAGAIN), time out (ETIMEDOUT) or complete (Linux queues
 * b + 1): all allowed, anything else is not.
 *
 * <p>UNIX-domain clients are bound to paths of their own, so that each has a name to tell it by.
 */
final class BacklogQueuesClients extends Property {
    private static final Set<Errno> EXTRA_REFUSED = EnumSet.of(Errno.ECONNREFUSED, Errno.EAGAIN, Errno.ETIMEDOUT);

    BacklogQueuesClients() {
        super("LISTEN-BACKLOG", "backlog-queues");
    }

    @Override
    public int maxTries() {
        return 8;
    }

    @Override
    public Duration caseDeadline(Knobs knobs) {
        return super.caseDeadline(knobs).plus(knobs.quietWindow());
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int backlog = c.between(1, 8);
        Endpoint server = c.listener(family, backlog);
        List<Sockaddr> queued = new ArrayList<>();
        for (int i = 1; i <= backlog; i++) {
            int client = client(c, server, i);
            Bounded.connect(
                    c,
                    client,
                    server.name(),
                    "client " + i + " of " + backlog + " while listen(" + server.fd() + ", " + backlog
                            + ") queues up to " + backlog + " connections awaiting acceptance");
            queued.add(c.nameOf(client));
        }
        int extra = client(c, server, backlog + 1);
        Sockaddr extraName = extraClient(c, extra, server, backlog);
        if (extraName != null) {
            queued.add(extraName);
        }
        for (int i = 1; i <= backlog; i++) {
            SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
            try {
                Bounded.accept(
                        c,
                        server.fd(),
                        from,
                        "accept " + i + " of " + backlog + "; " + backlog + " connections are queued");
            } catch (ErrnoException e) {
                throw new Violation("accept " + i + " of the " + backlog + " queued connections (backlog " + backlog
                        + ") failed with " + e.errno().describe());
            }
            Sockaddr name = Case.decoded(from, "accept(" + server.fd() + ")");
            if (!queued.remove(name)) {
                throw new Violation("accept " + i + " of the " + backlog + " queued connections (backlog " + backlog
                        + ") gave " + name + ", which is no client still queued: " + queued);
            }
        }
    }

    /**
     * A new client socket, number {@code i}; in the UNIX domain bound to a path of its own, the
     * listener's path with {@code .i} appended (nothing drawn, so shrinking stays on the backlog).
     */
    private static int client(Case c, Endpoint server, int i) throws ErrnoException {
        int family = server.name().family();
        int fd = c.socket(family);
        if (family == AddressFamily.AF_UNIX) {
            Sockaddr path = Sockaddr.unix(server.name().unixPath() + "." + i);
            c.stack().bind(fd, path.bytes(), path.length());
        }
        return fd;
    }

    /**
     * Connects one client beyond the backlog and judges it after the quiet window: held, refused
     * or completed are allowed. Returns its name if it completed (it is then queued too).
     */
    private static Sockaddr extraClient(Case c, int fd, Endpoint server, int backlog) throws Exception {
        CompletableFuture<Errno> outcome =
                BackgroundConnect.start(c, fd, server.name(), "a client beyond the backlog " + backlog);
        Errno errno;
        try {
            errno = outcome.get(c.knobs().quietWindow().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException held) {
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Violation) {
                throw (Violation) e.getCause();
            }
            throw new Violation(
                    "connect of a client beyond the backlog " + backlog + " threw " + e.getCause(), e.getCause());
        }
        if (errno == null) {
            return c.nameOf(fd);
        }
        Expect.that(
                EXTRA_REFUSED.contains(errno),
                "connect of a client beyond the backlog %d (%d connections queued, none accepted) failed with %s; "
                        + "it may be held, refused (ECONNREFUSED, EAGAIN), time out (ETIMEDOUT) or complete",
                backlog,
                backlog,
                errno.describe());
        return null;
    }
}
