package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import dev.rendezvous.tck.checks.steps.InetSizeof;

/**
 * CONNECT-INET-LENGTH: connect with {@code sizeof(server)} — 16 for {@code sockaddr_in}, 28 for
 * {@code sockaddr_in6} — reaches the server at a drawn loopback name.
 */
final class InetSizeofLength extends Property {
    InetSizeofLength() {
        super("CONNECT-INET-LENGTH", "sizeof-length");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = ClientSteps.drawnListener(c, family);
        int sizeof = InetSizeof.of(family);
        Expect.that(
                server.name().length() == sizeof,
                "getsockname of the listener gave %s, not a name of %d bytes",
                server.name(),
                sizeof);
        int client = c.socket(family);
        String call = "connect(" + client + ", " + server.name().describe() + ", sizeof(server) = " + sizeof + ")";
        ClientSteps.connectSucceeds(c, client, server.name().bytes(), sizeof, call);
        ClientSteps.expectPeer(c, client, server.name(), call);
        ClientSteps.acceptWithin(c, server.fd(), "of the client that connected with sizeof(server)");
    }
}
