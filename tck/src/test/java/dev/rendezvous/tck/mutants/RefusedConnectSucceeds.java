package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;

/** A connect that fails returns 0 all the same: the error is not returned. */
@Breaks(value = "CONNECT-ERROR-RETURNED", how = "a failed connect returns 0")
public final class RefusedConnectSucceeds extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) {
        try {
            target.connect(fd, address, length);
        } catch (ErrnoException swallowed) {
            // the error is not returned
        }
    }
}
