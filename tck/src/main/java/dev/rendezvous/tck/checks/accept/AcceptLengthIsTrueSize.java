package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ValueResult;

/**
 * ACCEPT-VALUE-RESULT, for accept: whatever space the server offers (0 to past the true size),
 * fromlen comes back as the true size of the client's name, exactly min(offered, true size)
 * bytes of the name are written, and the canary bytes past the offered space are untouched.
 */
final class AcceptLengthIsTrueSize extends Property {
    AcceptLengthIsTrueSize() {
        super("ACCEPT-VALUE-RESULT", "accept-lengths");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        int client = c.connectedClient(server);
        Sockaddr clientName = c.nameOf(client);
        int offered = ValueResult.drawOffered(c, clientName);
        SockaddrBuffer buffer = ValueResult.canaried(offered);
        c.stack().accept(server.fd(), buffer);
        ValueResult.expect("accept", offered, clientName, buffer);
    }
}
