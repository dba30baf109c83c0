package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.checks.steps.BytesCross;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ACCEPT-NEW-DESCRIPTOR: each of n accepts (n drawn, 1 to 4) returns a descriptor distinct from
 * every descriptor open at that moment, for a socket of its own: closing a drawn accepted socket
 * leaves the listener accepting (one more client is accepted), and closing the listener leaves a
 * drawn accepted socket connected (bytes still cross both ways).
 */
final class AcceptedDescriptorIsNew extends Property {
    AcceptedDescriptorIsNew() {
        super("ACCEPT-NEW-DESCRIPTOR", "distinct-independent");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int n = c.between(1, 4);
        Endpoint server = c.listener(family, 5);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            pairs.add(connectAndAccept(c, server, "client " + i + " of " + n));
        }
        int[] closed = pairs.remove(c.between(0, pairs.size() - 1));
        c.stack().close(closed[1]);
        pairs.add(connectAndAccept(c, server, "a client arriving after accepted socket " + closed[1] + " was closed"));
        c.stack().close(server.fd());
        int[] kept = pairs.get(c.between(0, pairs.size() - 1));
        BytesCross.bothWays(
                c,
                kept[0],
                kept[1],
                "after the listener " + server.fd() + " was closed, the connection of accepted socket " + kept[1]);
    }

    /** A client connects and is accepted; the accepted descriptor is checked against all open ones. */
    private static int[] connectAndAccept(Case c, Endpoint server, String who) throws Exception {
        int client = c.socket(server.name().family());
        Bounded.connect(c, client, server.name(), who + " (listener " + server.fd() + ")");
        Set<Integer> open = c.traced().openDescriptors();
        int accepted;
        try {
            accepted = Bounded.accept(c, server.fd(), null, who + " has connected");
        } catch (ErrnoException e) {
            throw new Violation("accept(" + server.fd() + ") for " + who + " failed with "
                    + e.errno().describe());
        }
        Expect.that(
                !open.contains(accepted),
                "accept(%d) for %s returned descriptor %d, which is already open (open descriptors: %s); "
                        + "a new descriptor must be returned",
                server.fd(),
                who,
                accepted,
                open);
        return new int[] {client, accepted};
    }
}
