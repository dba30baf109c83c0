package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;

/**
 * ACCEPT-CLIENT-NAME: the name accept fills in is the client socket's own name: equal, byte for
 * byte and in length, to the client's getsockname and to the accepted socket's getpeername. The
 * client is drawn unbound (its name then chosen by the system) or bound to a drawn loopback name
 * (127.0.0.x, ::1 with port 0, or a UNIX path).
 */
final class AcceptNamesTheClient extends Property {
    AcceptNamesTheClient() {
        super("ACCEPT-CLIENT-NAME", "byte-for-byte");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        int client = c.socket(family);
        if (c.choices().flip()) {
            Sockaddr own = family == AddressFamily.AF_UNIX ? c.freshName(family) : c.drawnLoopbackName(family);
            c.stack().bind(client, own.bytes(), own.length());
        }
        c.stack().connect(client, server.name().bytes(), server.name().length());
        Sockaddr clientName = c.nameOf(client);
        SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
        int accepted = c.stack().accept(server.fd(), from);
        Sockaddr given = Case.decoded(from, "accept(" + server.fd() + ")");
        Expect.sameName(
                "the name accept(" + server.fd() + ") filled in, against the client's getsockname(" + client + ")",
                clientName,
                given);
        Expect.sameName(
                "the accepted socket's getpeername(" + accepted + "), against the name accept filled in",
                given,
                c.peerOf(accepted));
    }
}
