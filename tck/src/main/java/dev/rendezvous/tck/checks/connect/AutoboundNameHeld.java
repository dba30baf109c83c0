package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import java.util.ArrayList;
import java.util.List;

/**
 * CONNECT-AUTOBIND, the name is really bound: 2 to 4 unbound sockets connect to one listener
 * (at a drawn name, its backlog room for all of them);
 * while they are open, each name the system selected differs from the listener's and from every
 * other client's, and another socket's bind to a drawn client's name gives EADDRINUSE. A UNIX
 * client the system left unnamed (length 2: no name is necessary) holds nothing and is left out;
 * a name the system chose for one (Linux's abstract names) is held like any other.
 */
final class AutoboundNameHeld extends Property {
    private static final int MAX_CLIENTS = 4;

    AutoboundNameHeld() {
        super("CONNECT-AUTOBIND", "autobound-name-held");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = ClientSteps.listenerAt(c, ClientSteps.drawnName(c, family), MAX_CLIENTS);
        int count = c.between(2, MAX_CLIENTS);
        List<Sockaddr> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int client = c.connectedClient(server);
            Sockaddr own = c.nameOf(client);
            String which = "getsockname(" + client + ") of unbound client " + i + " of " + count + " after connect";
            Expect.that(
                    !own.equals(server.name()),
                    "%s gave %s, the listener's own name: the system must select a name of the client's own",
                    which,
                    own);
            if (!own.isUnnamed()) {
                Expect.that(!names.contains(own), "%s gave %s, the name of another open client: %s", which, own, names);
                names.add(own);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        Sockaddr held = names.get(c.between(0, names.size() - 1));
        int other = c.socket(family);
        Expect.errno(
                "bind(" + other + ", " + held.describe() + ") of another socket to the name the system bound to an"
                        + " open client",
                () -> c.stack().bind(other, held.bytes(), held.length()),
                Errno.EADDRINUSE);
    }
}
