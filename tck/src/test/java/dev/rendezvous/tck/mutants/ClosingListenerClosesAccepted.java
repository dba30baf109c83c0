package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;

/** Closing a listener closes every socket it accepted. */
@Breaks(value = "ACCEPT-NEW-DESCRIPTOR", how = "closing the listener closes the sockets it accepted")
public final class ClosingListenerClosesAccepted extends AcceptedSockets {
    @Override
    public void close(int fd) throws ErrnoException {
        for (int accepted : acceptedBy(fd)) {
            closeQuietly(accepted);
        }
        forget(fd);
        target.close(fd);
    }
}
