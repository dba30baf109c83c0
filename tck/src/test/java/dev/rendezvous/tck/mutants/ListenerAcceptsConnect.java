package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;

/** A listening socket takes connect as a no-op success instead of refusing it. */
@Breaks(value = "CONNECTION-ASYMMETRIC", how = "connect on a listening socket returns 0")
public final class ListenerAcceptsConnect extends TrackingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        if (isListening(fd)) {
            return;
        }
        super.connect(fd, address, length);
    }
}
