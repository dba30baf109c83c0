package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;

/** A connected socket takes listen as a no-op success instead of refusing it with EINVAL. */
@Breaks(value = "CONNECTION-ASYMMETRIC", how = "listen on a connected socket returns 0")
public final class ConnectedSocketListens extends TrackingStack {
    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        if (isConnected(fd)) {
            return;
        }
        super.listen(fd, backlog);
    }
}
