package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Internet socket bound to port 0 shows port 0 in getsockname: the port the system selected
 * is never told, so a server bound this way cannot advertise its name.
 */
@Breaks(value = "SERVER-BIND-LISTEN", how = "getsockname after bind to port 0 gives port 0")
public final class BoundToPortZeroShowsNoPort extends ForwardingStack {
    private final Set<Integer> boundToPortZero = ConcurrentHashMap.newKeySet();

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        super.bind(fd, address, length);
        int family = Sockaddr.familyOf(address);
        if ((family == AddressFamily.AF_INET || family == AddressFamily.AF_INET6)
                && address[2] == 0
                && address[3] == 0) {
            boundToPortZero.add(fd);
        }
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        int offered = name.length();
        super.getsockname(fd, name);
        if (boundToPortZero.contains(fd)) {
            Sockaddr shown = name.name();
            ShownName.replace(
                    name, offered, Sockaddr.inet(shown.toInetSocketAddress().getAddress(), 0));
        }
    }

    @Override
    public void close(int fd) throws ErrnoException {
        boundToPortZero.remove(fd);
        super.close(fd);
    }
}
