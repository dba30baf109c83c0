package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;

/** Closing an accepted socket closes the listener that accepted it too. */
@Breaks(value = "ACCEPT-NEW-DESCRIPTOR", how = "closing the accepted socket closes the listener")
public final class ClosingAcceptedClosesListener extends AcceptedSockets {
    @Override
    public void close(int fd) throws ErrnoException {
        Integer listener = listenerOf(fd);
        forget(fd);
        target.close(fd);
        if (listener != null) {
            forget(listener);
            closeQuietly(listener);
        }
    }
}
