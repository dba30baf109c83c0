package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.net.InetSocketAddress;

/**
 * After a failed connect, a socket the program bound to an address shows the wildcard address
 * with its port — as a stack would that rebinds a fresh socket to the wildcard after the failure.
 */
@Breaks(
        value = "CONNECT-NAME-REMAINS",
        how = "after a failed connect an explicitly bound address shows as the wildcard")
public final class BoundAddressWidenedAfterFailure extends TrackingStack {
    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        int offered = name.length();
        super.getsockname(fd, name);
        if (isInternet(fd) && wasBound(fd) && connectFailed(fd)) {
            InetSocketAddress bound = name.name().toInetSocketAddress();
            ShownName.replace(
                    name, offered, Sockaddr.inet(ShownName.wildcardLike(bound.getAddress()), bound.getPort()));
        }
    }
}
