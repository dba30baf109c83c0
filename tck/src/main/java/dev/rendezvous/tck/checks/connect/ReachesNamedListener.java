package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;

/**
 * CONNECT-SERVER-NAME: of two listeners of one family, at drawn names, a client reaches exactly
 * the one it names: its peer name is that listener's name, that listener's accept returns the
 * connection, and the other listener has nothing pending — a
 * non-blocking accept gives EAGAIN where non-blocking mode is claimed, else a blocking accept is
 * still blocked after the quiet window.
 */
final class ReachesNamedListener extends Property {
    /** Each case without non-blocking mode spends a quiet window. */
    private static final int TRIES = 6;

    ReachesNamedListener() {
        super("CONNECT-SERVER-NAME", "reaches-named-listener");
    }

    @Override
    public int maxTries() {
        return TRIES;
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint[] listeners = {ClientSteps.drawnListener(c, family), ClientSteps.drawnListener(c, family)};
        int named = c.between(0, 1);
        Endpoint server = listeners[named];
        Endpoint other = listeners[1 - named];
        int client = c.connectedClient(server);
        String call = "connect(" + client + ", " + server.name().describe() + ") naming listener " + server.fd()
                + " (the other listener, " + other.fd() + ", is at "
                + other.name().describe() + ")";
        ClientSteps.expectPeer(c, client, server.name(), call);
        ClientSteps.acceptWithin(c, server.fd(), "on the named listener after " + call);
        expectNothingPending(c, other, call);
    }

    private static void expectNothingPending(Case c, Endpoint other, String call) throws Exception {
        String what = "accept(" + other.fd() + ") on the listener not named after " + call;
        if (c.claimed().contains(Feature.NONBLOCKING)) {
            c.stack().setBlocking(other.fd(), false);
            Expect.errno(
                    "non-blocking " + what + " (nothing may be pending there)",
                    () -> c.stack().accept(other.fd(), null),
                    Errno.EAGAIN);
            return;
        }
        c.inBackground(what, () -> c.stack().accept(other.fd(), null))
                .expectStillRunningAfter(c.knobs().quietWindow(), "the connection went to the listener named");
    }
}
