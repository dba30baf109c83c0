package dev.rendezvous.tck.checks.error;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.FailedConnect;

/**
 * ERROR-ECONNREFUSED: connect to a name where no server process is present — a name held by a
 * socket bound without listen, at a drawn loopback address or path — fails with ECONNREFUSED.
 */
final class RefusedWhereNoServer extends Property {
    RefusedWhereNoServer() {
        super("ERROR-ECONNREFUSED", "loopback");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Sockaddr refused = FailedConnect.refusedName(c, family);
        int client = c.socket(family);
        Expect.errno(
                "connect(" + refused.describe() + ") where no server process is present",
                () -> c.stack().connect(client, refused.bytes(), refused.length()),
                Errno.ECONNREFUSED);
    }
}
