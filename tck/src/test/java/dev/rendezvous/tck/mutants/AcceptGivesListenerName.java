package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** Fills in the listener's own name where the client's belongs. */
@Breaks(value = "ACCEPT-CLIENT-NAME", how = "accept returns the listener's own name instead of the client's")
public final class AcceptGivesListenerName extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int offered = from == null ? 0 : from.length();
        int accepted = target.accept(fd, from);
        if (from != null) {
            SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, own);
            from.setLength(offered);
            from.store(own.name());
        }
        return accepted;
    }
}
