package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;

/** A connect that fails throws an unchecked exception instead of returning the errno. */
@Breaks(value = "CONNECT-ERROR-RETURNED", how = "a failed connect throws an IllegalStateException")
public final class ConnectThrowsUnchecked extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) {
        try {
            target.connect(fd, address, length);
        } catch (ErrnoException e) {
            throw new IllegalStateException("connection failed: " + e.getMessage(), e);
        }
    }
}
