package dev.rendezvous.tck.checks.alternatives;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;

/**
 * ALTERNATIVES-NONBLOCKING, connect: a client in non-blocking mode connects to a listener;
 * connect succeeds or fails with EINPROGRESS. The connection then completes: the listener's
 * blocking accept returns it within the event deadline, and the client is connected — its
 * getpeername gives the listener's name, or (ENOTCONN until it is told) a later connect gives
 * EISCONN or succeeds, after which getpeername does.
 */
final class NonblockingConnectCompletes extends Property {
    NonblockingConnectCompletes() {
        super("ALTERNATIVES-NONBLOCKING", "connect-einprogress");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        int client = c.socket(family);
        c.stack().setBlocking(client, false);
        Sockaddr to = server.name();
        String connect = "connect(" + client + ", " + to.describe() + ") in non-blocking mode";
        try {
            c.stack().connect(client, to.bytes(), to.length());
        } catch (ErrnoException e) {
            Expect.that(
                    e.errno() == Errno.EINPROGRESS,
                    "%s failed with %s; expected success or %s",
                    connect,
                    e.errno().describe(),
                    Errno.EINPROGRESS.describe());
        }
        try {
            Bounded.accept(c, server.fd(), null, "a non-blocking client's connection is in progress and must complete");
        } catch (ErrnoException e) {
            throw new Violation("after " + connect + ", accept(" + server.fd() + ") failed with "
                    + e.errno().describe() + "; the connection must complete and be accepted");
        }
        try {
            Expect.sameName("getpeername(" + client + ") once the connection was accepted", to, c.peerOf(client));
        } catch (ErrnoException e) {
            Expect.that(
                    e.errno() == Errno.ENOTCONN,
                    "after the connection was accepted, getpeername(%d) failed with %s",
                    client,
                    e.errno().describe());
            confirmByConnect(c, client, to, connect);
        }
    }

    /** A later connect reports the established connection; getpeername then gives the server's name. */
    private static void confirmByConnect(Case c, int client, Sockaddr to, String connect) throws ErrnoException {
        try {
            c.stack().connect(client, to.bytes(), to.length());
        } catch (ErrnoException e) {
            Expect.that(
                    e.errno() == Errno.EISCONN,
                    "the server accepted the connection of %s, but getpeername gave "
                            + "ENOTCONN and a later connect gave %s; expected %s or success",
                    connect,
                    e.errno().describe(),
                    Errno.EISCONN.describe());
        }
        Expect.sameName(
                "getpeername(" + client + ") once a later connect reported the connection", to, c.peerOf(client));
    }
}
