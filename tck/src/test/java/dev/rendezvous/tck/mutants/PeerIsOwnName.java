package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** getpeername of a connected socket gives the socket's own name instead of its peer's. */
@Breaks(value = "CONNECT-ASSOCIATED", how = "getpeername gives the local name")
public final class PeerIsOwnName extends ForwardingStack {
    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        target.getpeername(fd, SockaddrBuffer.ofMaximumSize());
        target.getsockname(fd, name);
    }
}
