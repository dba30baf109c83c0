package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Once a non-blocking connect's failure is reported, an Internet socket shows the name of an
 * unbound socket (the wildcard address, port 0); after a blocking failure the name remains.
 */
@Breaks(
        value = "CONNECT-NAME-REMAINS",
        how = "getsockname after a failed non-blocking connect gives the wildcard with port 0")
public final class NameLostAfterNonblockingFailure extends NonblockingTracking {
    private final Set<Integer> lost = ConcurrentHashMap.newKeySet();

    @Override
    protected void failed(int fd, Errno errno, boolean later) throws ErrnoException {
        lost.add(fd);
        throw new ErrnoException(errno, "the connection failed");
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        int offered = name.length();
        super.getsockname(fd, name);
        if (isInternet(fd) && lost.contains(fd)) {
            Sockaddr unbound = Sockaddr.inet(
                    ShownName.wildcardLike(name.name().toInetSocketAddress().getAddress()), 0);
            ShownName.replace(name, offered, unbound);
        }
    }

    @Override
    public void close(int fd) throws ErrnoException {
        lost.remove(fd);
        super.close(fd);
    }
}
