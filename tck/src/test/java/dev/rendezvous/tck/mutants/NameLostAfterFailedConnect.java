package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;

/**
 * After a failed connect, an Internet socket shows the name of an unbound socket (the wildcard
 * address, port 0): the name bound for the attempt is gone.
 */
@Breaks(value = "CONNECT-NAME-REMAINS", how = "getsockname after a failed connect gives the wildcard with port 0")
public final class NameLostAfterFailedConnect extends TrackingStack {
    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        int offered = name.length();
        super.getsockname(fd, name);
        if (isInternet(fd) && connectFailed(fd)) {
            Sockaddr unbound = Sockaddr.inet(
                    ShownName.wildcardLike(name.name().toInetSocketAddress().getAddress()), 0);
            ShownName.replace(name, offered, unbound);
        }
    }
}
