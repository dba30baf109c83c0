package dev.rendezvous.tck.checks.server;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Families;
import dev.rendezvous.tck.check.LabProperty;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.lab.LabDescription;
import dev.rendezvous.tck.lab.LabHost;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * SERVER-BIND-WILDCARD, inside the network lab only: the kit binds to all interfaces nowhere
 * but in its own namespace, which has no link out. A server binds the wildcard address of a
 * drawn family with port 0 and listens; getsockname gives the wildcard and the port chosen.
 * Clients connect to it at the family's loopback address and at the lab host's own address, and
 * for an IPv6 server (where IPv4 is claimed) also as IPv4 clients at 127.0.0.1 and 192.0.2.1, in
 * a drawn order; accept names each by the name the client's getsockname gives — for an IPv4
 * client of an IPv6 server its v4-mapped address, length 28. Such a client may instead be refused
 * (ECONNREFUSED), where IPv6 sockets take IPv6 only.
 */
final class WildcardServerReached extends LabProperty {
    WildcardServerReached() {
        super("SERVER-BIND-WILDCARD", "wildcard-reached-everywhere");
    }

    @Override
    public int maxTries() {
        return 6;
    }

    @Override
    public void check(Case c) throws Exception {
        LabDescription lab = c.lab();
        int family = c.family();
        boolean v6 = family == AddressFamily.AF_INET6;
        Sockaddr wildcard = Sockaddr.inet(InetAddress.getByName(v6 ? "::" : "0.0.0.0"), 0);
        int server = c.socket(family);
        c.stack().bind(server, wildcard.bytes(), wildcard.length());
        c.stack().listen(server, 5);
        Sockaddr name = c.boundName(server);
        Expect.that(
                name.length() == wildcard.length()
                        && name.toInetSocketAddress().getAddress().isAnyLocalAddress(),
                "getsockname of a server bound to %s and listening gave %s; expected the wildcard address with the"
                        + " port the system chose",
                wildcard.describe(),
                name);
        List<InetAddress> destinations = destinations(c, lab, family);
        while (!destinations.isEmpty()) {
            InetAddress to = destinations.remove(c.between(0, destinations.size() - 1));
            reach(c, server, v6, Sockaddr.inet(to, name.port()));
        }
    }

    /** Loopback and the lab host's address of the family, and the IPv4 ones for an IPv6 server where IPv4 is claimed. */
    private static List<InetAddress> destinations(Case c, LabDescription lab, int family) {
        List<InetAddress> out = new ArrayList<>();
        List<Integer> families = new ArrayList<>(List.of(family));
        if (family == AddressFamily.AF_INET6 && c.claimed().contains(Feature.INET)) {
            families.add(AddressFamily.AF_INET);
        }
        for (int f : families) {
            out.add(Families.loopback(f));
            if (lab.targets().stream().anyMatch(t -> t.family() == f)) {
                out.add(LabHost.address(f));
            }
        }
        return out;
    }

    private static void reach(Case c, int server, boolean v6Server, Sockaddr to) throws Exception {
        int clientFamily = to.family();
        boolean mapped = v6Server && clientFamily == AddressFamily.AF_INET;
        int client = c.socket(clientFamily);
        String who = (mapped ? "an IPv4 client" : "a client") + " connecting to " + to.describe();
        Errno refused = c.inBackground("connect(" + client + ", " + to.describe() + ")", () -> {
                    try {
                        c.stack().connect(client, to.bytes(), to.length());
                        return null;
                    } catch (ErrnoException e) {
                        return e.errno();
                    }
                })
                .await(c.knobs().eventDeadline());
        if (refused != null) {
            Expect.that(
                    mapped && refused == Errno.ECONNREFUSED,
                    "%s of the server bound to the wildcard address failed with %s; the server is reached at each"
                            + " of the host's addresses%s",
                    who,
                    refused.describe(),
                    mapped ? " (an IPv4 client of an IPv6 server may be refused only with ECONNREFUSED)" : "");
            return;
        }
        Sockaddr own = c.nameOf(client);
        SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
        Bounded.accept(c, server, from, who + " has connected");
        Sockaddr expected = mapped ? v4Mapped(own) : own;
        Expect.sameName(
                "the name accept gave for " + who + (mapped ? " (its v4-mapped address, length 28)" : ""),
                expected,
                Case.decoded(from, "accept(" + server + ")"));
    }

    /** {@code ::ffff:a.b.c.d} with the port of an IPv4 name, as an IPv6 socket names an IPv4 peer. */
    static Sockaddr v4Mapped(Sockaddr v4) {
        byte[] in = v4.bytes();
        byte[] b = new byte[Sockaddr.SIZEOF_SOCKADDR_IN6];
        b[0] = (byte) AddressFamily.AF_INET6;
        b[2] = in[2];
        b[3] = in[3];
        b[18] = (byte) 0xFF;
        b[19] = (byte) 0xFF;
        System.arraycopy(in, 4, b, 20, 4);
        return Sockaddr.decode(b);
    }
}
