package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * close reports success but leaves the socket open: later calls on the closed number still
 * succeed. So that the kit's own test run does not run out of descriptors, the oldest of more
 * than {@value #KEPT} such sockets is really closed.
 */
@Breaks(value = "CONNECTION-ASYMMETRIC", how = "close does not release the descriptor: later calls on it succeed")
public final class ModelCloseDoesNotRelease extends ForwardingStack {
    static final int KEPT = 32;

    private final Deque<Integer> kept = new ArrayDeque<>();

    @Override
    public synchronized void close(int fd) throws ErrnoException {
        if (kept.contains(fd)) {
            return;
        }
        target.getsockname(fd, new dev.rendezvous.api.SockaddrBuffer(0));
        kept.addLast(fd);
        if (kept.size() > KEPT) {
            target.close(kept.removeFirst());
        }
    }
}
