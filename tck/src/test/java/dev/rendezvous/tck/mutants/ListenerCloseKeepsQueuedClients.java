package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Closing a listener leaves the connections still queued on it open: they are taken off the
 * queue and kept, never closed, so their clients wait for a server that will never speak (a
 * stack that hands queued connections to a pool instead of closing them down).
 */
@Breaks(
        value = "ACCEPT-CLOSE-UNWANTED",
        how = "closing a listener keeps its queued connections open: their clients are left hanging")
public final class ListenerCloseKeepsQueuedClients extends TrackingStack {
    private final List<Integer> kept = new CopyOnWriteArrayList<>();

    @Override
    public void close(int fd) throws ErrnoException {
        if (isListening(fd)) {
            target.setBlocking(fd, false);
            try {
                while (true) {
                    kept.add(target.accept(fd, null));
                }
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EAGAIN) {
                    throw e;
                }
            }
        }
        super.close(fd);
    }
}
