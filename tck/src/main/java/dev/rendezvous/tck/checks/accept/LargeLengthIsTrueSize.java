package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ConnectedTrio;
import dev.rendezvous.tck.checks.steps.ValueResult;

/**
 * ACCEPT-VALUE-RESULT, far more space than any name: fromlen "is initialized by the server to
 * show how much space is associated with from", however much that is. accept, getsockname or
 * getpeername (drawn), offered a drawn length from past {@code sizeof(struct sockaddr_storage)}
 * (128) up to 2,000 bytes, sets the length to the true size of the name, writes exactly its
 * bytes and leaves the canary bytes after them untouched.
 */
final class LargeLengthIsTrueSize extends Property {
    /** The largest length offered. */
    static final int LARGEST = 2000;

    LargeLengthIsTrueSize() {
        super("ACCEPT-VALUE-RESULT", "large-lengths");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int offered = c.choices().flip() ? LARGEST : c.between(ValueResult.SIZEOF_SOCKADDR_STORAGE + 1, LARGEST);
        SockaddrBuffer buffer = ValueResult.canaried(offered);
        int call = c.between(0, 2);
        if (call == 0) {
            Endpoint server = c.listener(family);
            int client = c.connectedClient(server);
            Sockaddr clientName = c.nameOf(client);
            c.stack().accept(server.fd(), buffer);
            ValueResult.expect("accept(" + server.fd() + ")", offered, clientName, buffer);
            return;
        }
        ConnectedTrio t = ConnectedTrio.open(c, family);
        if (call == 1) {
            c.stack().getsockname(t.client(), buffer);
            ValueResult.expect("getsockname(" + t.client() + ")", offered, t.clientName(), buffer);
        } else {
            c.stack().getpeername(t.accepted(), buffer);
            ValueResult.expect("getpeername(" + t.accepted() + ")", offered, t.clientName(), buffer);
        }
    }
}
