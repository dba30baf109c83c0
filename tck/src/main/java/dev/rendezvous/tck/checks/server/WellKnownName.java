package dev.rendezvous.tck.checks.server;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;

/**
 * SERVER-BIND-LISTEN: a server binds to a name it chose — a drawn loopback address and a port
 * fixed in advance, or a drawn path — and listens; getsockname gives exactly that name, and a
 * client reaches the server at it.
 *
 * <p>The port is fixed in advance without a fixed number: a probe socket binds the chosen address
 * with port 0 and is closed; the server then binds that address with the port the probe got. If
 * another socket took the port in between, the case is not counted.
 */
final class WellKnownName extends Property {
    WellKnownName() {
        super("SERVER-BIND-LISTEN", "well-known-name");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Sockaddr name = chosenName(c, family);
        int length = family == AddressFamily.AF_UNIX && c.between(0, 1) == 1 ? name.length() - 1 : name.length();
        int server = c.socket(family);
        try {
            c.stack().bind(server, name.bytes(), length);
        } catch (ErrnoException e) {
            c.assume(
                    e.errno() != Errno.EADDRINUSE || family == AddressFamily.AF_UNIX,
                    "another socket took the port between the probe and the bind");
            throw e;
        }
        c.stack().listen(server, c.between(1, ClientSteps.MAX_BACKLOG));
        Expect.sameName("getsockname of the server bound to its well-known name and listening", name, c.nameOf(server));

        int client = c.socket(family);
        ClientSteps.connect(c, client, name);
        ClientSteps.expectPeer(c, client, name, "connect to the server's well-known name");
        ClientSteps.acceptWithin(c, server, "of a client that connected to the well-known name");
    }

    /** A name fixed in advance: a drawn loopback address with a port known to be free, or a drawn path. */
    private static Sockaddr chosenName(Case c, int family) throws Exception {
        if (family == AddressFamily.AF_UNIX) {
            return c.freshName(family);
        }
        Sockaddr address = c.drawnLoopbackName(family);
        int probe = c.socket(family);
        c.stack().bind(probe, address.bytes(), address.length());
        int port = c.nameOf(probe).port();
        c.stack().close(probe);
        c.assume(port != 0, "the probe socket bound to port 0 was given no port");
        return Sockaddr.inet(address.toInetSocketAddress().getAddress(), port);
    }
}
