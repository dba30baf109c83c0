package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import dev.rendezvous.tck.checks.steps.LongPaths;

/**
 * CONNECT-UNIX-LENGTH at the family's limit: a server binds a path of a drawn length up to 108
 * bytes (with the contract's length 2 + strlen, or with the NUL counted where it fits in
 * {@code sizeof(struct sockaddr_un)}); where it is bound, getsockname gives the path with the true
 * size 2 + strlen + 1 (111 for 108 bytes: more than {@code sizeof(struct sockaddr_un)}), and
 * connect with {@code strlen(server.sun_path) + offsetof(struct sockaddr_un, sun_path)} reaches it.
 * A path past the portable limit may be refused at bind ({@link LongPaths}).
 */
final class UnixPathsToTheLimit extends Property {
    UnixPathsToTheLimit() {
        super("CONNECT-UNIX-LENGTH", "paths-to-the-limit");
    }

    @Override
    public void check(Case c) throws Exception {
        String path = c.unixPathToTheLimit();
        Sockaddr name = Sockaddr.unix(path);
        int contract = Sockaddr.OFFSETOF_SUN_PATH + LongPaths.bytesOf(path);
        int bindLength = c.choices().flip() ? contract : Math.min(contract + 1, Sockaddr.SIZEOF_SOCKADDR_UN);
        int server = c.socket(AddressFamily.AF_UNIX);
        if (!LongPaths.bind(c, server, name, bindLength, "the server")) {
            return;
        }
        c.stack().listen(server, c.between(1, ClientSteps.MAX_BACKLOG));
        Expect.sameName(
                "getsockname of the server bound to a path of " + LongPaths.bytesOf(path) + " bytes",
                name,
                c.nameOf(server));
        int client = c.socket(AddressFamily.AF_UNIX);
        String call = "connect(" + client + ", a path of " + LongPaths.bytesOf(path) + " bytes, " + contract
                + " = 2 + strlen(path))";
        ClientSteps.connectSucceeds(c, client, name.bytes(), contract, call);
        ClientSteps.expectPeer(c, client, name, call);
        ClientSteps.acceptWithin(c, server, "of the client that made " + call);
    }
}
