package dev.rendezvous.tck.checks.alternatives;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import java.util.Set;

/**
 * ALTERNATIVES-NONBLOCKING, a second connect while a non-blocking one is pending: it gives
 * EALREADY while the connection is in progress, EISCONN (or success: Linux's first connect after
 * a background completion) once it is established — never EINPROGRESS again, never another errno.
 *
 * <p>To see a connection in progress on loopback, non-blocking clients connect, one after another,
 * to a listener with backlog 1 that accepts nothing: once its queue is full, the system drops
 * the next clients' SYNs and their connections stay in progress. Each client's connect gives
 * EINPROGRESS (or success at once), and a second connect right after it is judged; the case stops
 * at the first client seen pending, after at most {@link #CLIENTS} clients. Internet domain only:
 * a UNIX-domain connect completes or fails at once.
 */
final class ConnectWhilePending extends Property {
    /** The most clients a case connects: enough to fill any small queue. */
    static final int CLIENTS = 8;

    ConnectWhilePending() {
        super("ALTERNATIVES-NONBLOCKING", "connect-while-pending");
    }

    @Override
    public Set<Feature> families() {
        return Set.of(Feature.INET, Feature.INET6);
    }

    @Override
    public int maxTries() {
        return 10;
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family, 1);
        Sockaddr to = server.name();
        for (int i = 1; i <= CLIENTS; i++) {
            int client = c.socket(family);
            c.stack().setBlocking(client, false);
            String first = "connect(" + client + ", " + to.describe() + ") of non-blocking client " + i;
            try {
                c.stack().connect(client, to.bytes(), to.length());
                continue;
            } catch (ErrnoException e) {
                Expect.that(
                        e.errno() == Errno.EINPROGRESS,
                        "%s failed with %s; expected success or %s",
                        first,
                        e.errno().describe(),
                        Errno.EINPROGRESS.describe());
            }
            Errno second = secondConnect(c, client, to, first);
            if (second == Errno.EALREADY) {
                return;
            }
        }
    }

    /** The second connect's errno, or null when it succeeded; a violation unless allowed. */
    private static Errno secondConnect(Case c, int client, Sockaddr to, String first) {
        try {
            c.stack().connect(client, to.bytes(), to.length());
            return null;
        } catch (ErrnoException e) {
            Expect.that(
                    e.errno() == Errno.EALREADY || e.errno() == Errno.EISCONN,
                    "a second connect(%d) right after %s failed with %s; expected %s while the connection is"
                            + " in progress, %s (or success) once it is established",
                    client,
                    first,
                    e.errno().describe(),
                    Errno.EALREADY.describe(),
                    Errno.EISCONN.describe());
            return e.errno();
        }
    }
}
