package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/**
 * Takes the pending connection off the queue before it reads a negative fromlen, fails with
 * EINVAL, and keeps the connection open: the client waits for a server that never comes.
 */
@Breaks(
        value = "ACCEPT-VALUE-RESULT",
        how = "accept with a negative fromlen takes the connection and keeps it: the client is left waiting")
public final class NegativeLengthLosesConnection extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        if (from != null && from.length() < 0) {
            target.accept(fd, null);
            throw new ErrnoException(Errno.EINVAL, "negative address length " + from.length());
        }
        return target.accept(fd, from);
    }
}
