package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;

/**
 * A listener, a client connected to it and the socket accept returned, with the name accept
 * gave for the client (taken with room for any name).
 */
public record ConnectedTrio(Endpoint listener, int client, int accepted, Sockaddr clientName) {

    /** Sets one up with a listener of {@code family}. */
    public static ConnectedTrio open(Case c, int family) throws ErrnoException {
        Endpoint server = c.listener(family);
        int client = c.connectedClient(server);
        SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
        int accepted = c.stack().accept(server.fd(), from);
        return new ConnectedTrio(server, client, accepted, Case.decoded(from, "accept(" + server.fd() + ")"));
    }
}
