package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.LongPaths;
import dev.rendezvous.tck.checks.steps.ValueResult;

/**
 * ACCEPT-UNIX-FROM at the family's limit: a client bound to a path of a drawn length up to 108
 * bytes connects, and accept with fromlen = {@code sizeof(struct sockaddr_un)} (110) sets fromlen
 * to the true size 2 + strlen + 1 — 111 for a path of 108 bytes, one more than the space offered,
 * which then holds the first 110 bytes of the name — writes exactly min(110, true size) bytes and
 * nothing past them. A path past the portable limit that the client's bind refused as allowed
 * ({@link LongPaths}) leaves the client unnamed, and the name its getsockname gives is checked instead.
 */
final class UnixFromLengthToTheLimit extends Property {
    UnixFromLengthToTheLimit() {
        super("ACCEPT-UNIX-FROM", "sockaddr-un-fromlen-to-the-limit");
    }

    @Override
    public void check(Case c) throws Exception {
        Endpoint server = c.listener(AddressFamily.AF_UNIX);
        int client = c.socket(AddressFamily.AF_UNIX);
        Sockaddr own = Sockaddr.unix(c.unixPathToTheLimit());
        int contract = Sockaddr.OFFSETOF_SUN_PATH + LongPaths.bytesOf(own.unixPath());
        boolean bound = LongPaths.bind(c, client, own, contract, "the client");
        c.stack().connect(client, server.name().bytes(), server.name().length());
        if (!bound) {
            own = c.nameOf(client);
        }
        SockaddrBuffer from = ValueResult.canaried(Sockaddr.SIZEOF_SOCKADDR_UN);
        c.stack().accept(server.fd(), from);
        ValueResult.expect(
                "accept(" + server.fd() + ") with fromlen = sizeof(struct sockaddr_un), for a client bound to "
                        + own.describe() + ",",
                Sockaddr.SIZEOF_SOCKADDR_UN,
                own,
                from);
    }
}
