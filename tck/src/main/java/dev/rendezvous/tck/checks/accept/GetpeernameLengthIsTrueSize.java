package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ConnectedTrio;
import dev.rendezvous.tck.checks.steps.ValueResult;

/**
 * ACCEPT-VALUE-RESULT, for getpeername: on a drawn end of a connection (the client, whose peer
 * is the listener's name, or the accepted socket, whose peer is the name accept gave) and with a
 * drawn space offered (0 to past the true size), the length comes back as the true size of the
 * peer's name, exactly min(offered, true size) bytes are written, and the canary bytes past them
 * are untouched.
 */
final class GetpeernameLengthIsTrueSize extends Property {
    GetpeernameLengthIsTrueSize() {
        super("ACCEPT-VALUE-RESULT", "getpeername-lengths");
    }

    @Override
    public void check(Case c) throws Exception {
        ConnectedTrio t = ConnectedTrio.open(c, c.family());
        boolean ofAccepted = c.choices().flip();
        int fd = ofAccepted ? t.accepted() : t.client();
        Sockaddr peer = ofAccepted ? t.clientName() : t.listener().name();
        int offered = ValueResult.drawOffered(c, peer);
        SockaddrBuffer buffer = ValueResult.canaried(offered);
        c.stack().getpeername(fd, buffer);
        ValueResult.expect("getpeername(" + fd + ")", offered, peer, buffer);
    }
}
