package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ConnectedTrio;
import dev.rendezvous.tck.checks.steps.ValueResult;

/**
 * ACCEPT-VALUE-RESULT, for getsockname: on a drawn socket (the listener, a client, an accepted
 * socket) and with a drawn space offered (0 to past the true size), the length comes back as
 * the true size of the socket's name, exactly min(offered, true size) bytes are written, and the
 * canary bytes past them are untouched. The true name is known from another call: the listener's
 * from its setup, the client's from accept, the accepted socket's from the client's getpeername.
 */
final class GetsocknameLengthIsTrueSize extends Property {
    GetsocknameLengthIsTrueSize() {
        super("ACCEPT-VALUE-RESULT", "getsockname-lengths");
    }

    @Override
    public void check(Case c) throws Exception {
        ConnectedTrio t = ConnectedTrio.open(c, c.family());
        int which = c.between(0, 2);
        int fd;
        Sockaddr name;
        if (which == 0) {
            fd = t.listener().fd();
            name = t.listener().name();
        } else if (which == 1) {
            fd = t.client();
            name = t.clientName();
        } else {
            fd = t.accepted();
            name = c.peerOf(t.client());
        }
        int offered = ValueResult.drawOffered(c, name);
        SockaddrBuffer buffer = ValueResult.canaried(offered);
        c.stack().getsockname(fd, buffer);
        ValueResult.expect("getsockname(" + fd + ")", offered, name, buffer);
    }
}
