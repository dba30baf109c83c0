package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.FailedConnect;
import java.net.InetAddress;

/**
 * CONNECT-NAME-REMAINS, for a name the system bound: a connect on an unbound Internet socket to a
 * name where no server listens fails; getsockname then still gives a name — the socket's family,
 * the true length (16 or 28), a non-zero port, the wildcard or a loopback address (Linux shows
 * the wildcard) — and a second getsockname, after a getpeername in between, gives the same name.
 */
final class NameAfterFailureAutobound extends Property {
    NameAfterFailureAutobound() {
        super("CONNECT-NAME-REMAINS", "after-failure-autobound");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Sockaddr refused = FailedConnect.refusedName(c, family);
        int client = c.socket(family);
        FailedConnect.provoke(c, client, refused, "the unbound socket");
        String after = "getsockname(" + client + ") after the failed connect on the unbound socket";
        Sockaddr kept = FailedConnect.nameAfter(c, client, after);
        Expect.that(
                kept.family() == family && kept.length() == InetSizeofLength.sizeof(family),
                "%s gave %s: the automatically bound name must remain, a %s name of %d bytes",
                after,
                kept,
                AddressFamily.name(family),
                InetSizeofLength.sizeof(family));
        Expect.that(kept.port() != 0, "%s gave %s: port 0, the automatically bound name did not remain", after, kept);
        InetAddress address = kept.toInetSocketAddress().getAddress();
        Expect.that(
                address.isAnyLocalAddress() || address.isLoopbackAddress(),
                "%s gave %s: neither the wildcard nor a loopback address",
                after,
                kept);
        FailedConnect.expectUnconnected(c, client, "the failed connect");
        Expect.sameName(
                "a second getsockname after the failed connect (the name remains)",
                kept,
                FailedConnect.nameAfter(c, client, "a second " + after));
    }
}
