package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Closing an accepted socket only forgets its number; the connection stays open until its
 * listener is closed, so the client is left hanging.
 */
@Breaks(value = "ACCEPT-CLOSE-UNWANTED", how = "closing the accepted socket leaves the client hanging")
public final class CloseOfAcceptedDeferred extends AcceptedSockets {
    private final List<Integer> deferred = new CopyOnWriteArrayList<>();

    @Override
    public void close(int fd) throws ErrnoException {
        if (listenerOf(fd) != null) {
            deferred.add(fd);
            return;
        }
        for (int accepted : acceptedBy(fd)) {
            if (deferred.remove((Integer) accepted)) {
                closeQuietly(accepted);
            }
        }
        forget(fd);
        target.close(fd);
    }
}
