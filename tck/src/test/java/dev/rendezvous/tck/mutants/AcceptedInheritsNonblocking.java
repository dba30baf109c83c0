package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The socket accept returns inherits the listener's non-blocking mode, as on the BSDs. */
@Breaks(value = "ALTERNATIVES-NONBLOCKING", how = "the accepted socket inherits the listener's non-blocking mode")
public final class AcceptedInheritsNonblocking extends ForwardingStack {
    private final Set<Integer> nonBlocking = ConcurrentHashMap.newKeySet();

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        target.setBlocking(fd, blocking);
        if (blocking) {
            nonBlocking.remove(fd);
        } else {
            nonBlocking.add(fd);
        }
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int accepted = target.accept(fd, from);
        if (nonBlocking.contains(fd)) {
            target.setBlocking(accepted, false);
        }
        return accepted;
    }
}
