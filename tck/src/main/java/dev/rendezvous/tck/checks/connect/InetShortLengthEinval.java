package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import dev.rendezvous.tck.checks.steps.FailedConnect;
import dev.rendezvous.tck.checks.steps.InetSizeof;

/**
 * CONNECT-INET-LENGTH: every length from 0 to {@code sizeof(server) - 1}, tried in turn on one
 * client socket from a drawn start, gives EINVAL and leaves the socket unconnected; then connect
 * with {@code sizeof(server)} reaches the server. For {@code sockaddr_in6} the lengths 24 to 27
 * (the name without {@code sin6_scope_id}) may instead connect, as on Linux; such a connection
 * must reach the server, and the next length is tried on a new socket.
 */
final class InetShortLengthEinval extends Property {
    /** The shortest {@code sockaddr_in6} length that may be accepted: all but the scope id. */
    static final int IN6_WITHOUT_SCOPE_ID = 24;

    InetShortLengthEinval() {
        super("CONNECT-INET-LENGTH", "short-length-einval");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = ClientSteps.drawnListener(c, family);
        Sockaddr name = server.name();
        int sizeof = InetSizeof.of(family);
        int shortest = family == AddressFamily.AF_INET6 ? IN6_WITHOUT_SCOPE_ID : sizeof;
        int start = c.between(0, sizeof - 1);
        int client = c.socket(family);
        for (int i = 0; i < sizeof; i++) {
            int length = (start + i) % sizeof;
            byte[] bytes = ClientSteps.shortNameBytes(c, name, length);
            String call = "connect(" + client + ", " + bytes.length + " bytes of " + name.describe() + ", " + length
                    + ") with a length short of sizeof(server) = " + sizeof;
            try {
                c.stack().connect(client, bytes, length);
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EINVAL) {
                    throw new Violation(call + ": expected " + Errno.EINVAL.describe() + ", got "
                            + e.errno().describe());
                }
                FailedConnect.expectUnconnected(c, client, call + " gave EINVAL");
                continue;
            }
            if (length < shortest) {
                throw new Violation(call + ": expected " + Errno.EINVAL.describe() + ", but the call succeeded");
            }
            ClientSteps.expectPeer(c, client, name, call + " (accepted: only the scope id is missing)");
            ClientSteps.acceptWithin(c, server.fd(), "of the client that made " + call);
            client = c.socket(family);
        }
        String call = "connect(" + client + ", " + name.describe() + ", sizeof(server) = " + sizeof
                + ") after the short lengths";
        ClientSteps.connectSucceeds(c, client, name.bytes(), sizeof, call);
        ClientSteps.expectPeer(c, client, name, call);
        ClientSteps.acceptWithin(
                c, server.fd(), "of the client that connected with sizeof(server) after the short lengths");
    }
}
