package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;

/** Filters clients: a connection from 127.0.0.x with x even is refused. */
@Breaks(value = "ACCEPT-NO-FILTERING", how = "clients from 127.0.0.x with even x are refused")
public final class RefusesEvenLoopbackClients extends ForwardingStack {
    private static final int LAST_OCTET = 7;

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
        target.getsockname(fd, own);
        Sockaddr client = own.name();
        if (client.family() == AddressFamily.AF_INET && (client.bytes()[LAST_OCTET] & 1) == 0 && client.port() != 0) {
            throw new ErrnoException(Errno.ECONNREFUSED, "not from " + client.describe());
        }
        target.connect(fd, address, length);
    }
}
