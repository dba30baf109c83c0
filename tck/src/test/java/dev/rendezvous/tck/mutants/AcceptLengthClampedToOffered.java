package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** Reports min(offered, true size) as the length, as FreeBSD does. */
@Breaks(value = "ACCEPT-VALUE-RESULT", how = "accept clamps the returned length to the space offered")
public final class AcceptLengthClampedToOffered extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int offered = from == null ? 0 : from.length();
        int nfd = target.accept(fd, from);
        if (from != null) {
            from.setLength(Math.min(offered, from.length()));
        }
        return nfd;
    }
}
