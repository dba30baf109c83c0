package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import dev.rendezvous.tck.checks.steps.FailedConnect;

/**
 * CONNECT-UNIX-LENGTH: a length that leaves no room for a path (0, 1 or 2, i.e. at most
 * offsetof(sun_path)) gives EINVAL, even where the bytes hold a listener's path; the socket
 * stays unconnected, and a connect with the contract's length then reaches the server.
 */
final class UnixNoPathIsEinval extends Property {
    UnixNoPathIsEinval() {
        super("CONNECT-UNIX-LENGTH", "no-path-is-einval");
    }

    @Override
    public void check(Case c) throws Exception {
        Endpoint server = ClientSteps.drawnListener(c, AddressFamily.AF_UNIX);
        Sockaddr name = server.name();
        int length = c.between(0, Sockaddr.OFFSETOF_SUN_PATH);
        byte[] bytes = ClientSteps.shortNameBytes(c, name, length);
        int client = c.socket(AddressFamily.AF_UNIX);
        String call = "connect(" + client + ", " + bytes.length + " bytes of " + name.describe() + ", " + length + ")";
        Expect.errno(
                call + ": a length of at most offsetof(sun_path) holds no path",
                () -> c.stack().connect(client, bytes, length),
                Errno.EINVAL);
        FailedConnect.expectUnconnected(c, client, call);
        int contractLength = ClientSteps.contractUnixLength(name);
        String retry = "connect(" + client + ", " + name.describe() + ", " + contractLength
                + " = 2 + strlen(path)) after " + call;
        ClientSteps.connectSucceeds(c, client, name.bytes(), contractLength, retry);
        ClientSteps.expectPeer(c, client, name, retry);
        ClientSteps.acceptWithin(c, server.fd(), "of the client that connected after " + call);
    }
}
