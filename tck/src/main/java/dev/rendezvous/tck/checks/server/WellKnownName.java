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
 * with port 0 and is closed; the server then binds that address with the port the probe got. Every
 * answer is judged: a probe that shows port 0 was given no name a server could advertise (a
 * violation), and a bind to the port the probe just freed that fails with EADDRINUSE is tried
 * with a new probe, {@value #PROBES} times at most, before it counts as the violation it is (another
 * program taking the same freshly selected port that many times in a row does not happen).
 */
final class WellKnownName extends Property {
    WellKnownName() {
        super("SERVER-BIND-LISTEN", "well-known-name");
    }

    /** How many probes a case may use before a bind to the probe's port failing with EADDRINUSE is a violation. */
    static final int PROBES = 3;

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int length = -1;
        int server = -1;
        Sockaddr name = null;
        for (int probe = 1; server < 0; probe++) {
            name = chosenName(c, family);
            length = family == AddressFamily.AF_UNIX && c.between(0, 1) == 1 ? name.length() - 1 : name.length();
            int fd = c.socket(family);
            try {
                c.stack().bind(fd, name.bytes(), length);
                server = fd;
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EADDRINUSE || family == AddressFamily.AF_UNIX || probe == PROBES) {
                    throw e;
                }
                c.stack().close(fd);
            }
        }
        c.stack().listen(server, c.between(1, ClientSteps.MAX_BACKLOG));
        Expect.sameName("getsockname of the server bound to its well-known name and listening", name, c.nameOf(server));

        int client = c.socket(family);
        ClientSteps.connect(c, client, name);
        ClientSteps.expectPeer(c, client, name, "connect to the server's well-known name");
        ClientSteps.acceptWithin(c, server, "of a client that connected to the well-known name");
    }

    /**
     * A name fixed in advance: a drawn loopback address with a port known to be free, or a drawn
     * path. A probe bound to port 0 must show the port the system selected: a server bound that
     * way could not advertise its address.
     */
    private static Sockaddr chosenName(Case c, int family) throws Exception {
        if (family == AddressFamily.AF_UNIX) {
            return c.freshName(family);
        }
        Sockaddr address = c.drawnLoopbackName(family);
        int probe = c.socket(family);
        c.stack().bind(probe, address.bytes(), address.length());
        Sockaddr probed = c.nameOf(probe);
        c.stack().close(probe);
        Expect.that(
                probed.port() != 0,
                "getsockname of a socket bound to %s gave port 0 (%s): the system selected no port, so a"
                        + " server bound this way has no address to advertise",
                address.describe(),
                probed);
        return Sockaddr.inet(address.toInetSocketAddress().getAddress(), probed.port());
    }
}
