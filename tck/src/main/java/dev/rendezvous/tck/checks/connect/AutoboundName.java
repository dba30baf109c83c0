package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import dev.rendezvous.tck.checks.steps.InetSizeof;

/**
 * CONNECT-AUTOBIND: after connect on a socket that was never bound, getsockname gives the name
 * the system chose, and it is the name the server's accept reports for the client. In the
 * Internet domain a name is necessary: the socket's family, a non-zero port, the true length
 * (16 or 28). In the UNIX domain none is: unnamed (length 2) and an automatically chosen name
 * (an abstract one, on Linux) are both accepted.
 */
final class AutoboundName extends Property {
    AutoboundName() {
        super("CONNECT-AUTOBIND", "autobound-name");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = ClientSteps.drawnListener(c, family);
        int client = c.connectedClient(server);
        Sockaddr own = c.nameOf(client);
        String after = "getsockname(" + client + ") after connect on the unbound socket";
        Expect.that(
                own.family() == family,
                "%s gave %s, not a name of the socket's family %s",
                after,
                own,
                AddressFamily.name(family));
        if (family != AddressFamily.AF_UNIX) {
            int sizeof = InetSizeof.of(family);
            Expect.that(
                    own.length() == sizeof,
                    "%s gave %s: the true length of an automatically bound %s name is %d",
                    after,
                    own,
                    AddressFamily.name(family),
                    sizeof);
            Expect.that(own.port() != 0, "%s gave %s: port 0, so the system selected and bound no name", after, own);
        }
        ClientSteps.Accepted a = ClientSteps.acceptWithin(c, server.fd(), "of the auto-bound client");
        Expect.sameName(
                "the client name the server's accept reported, against the client's getsockname", own, a.from());
    }
}
