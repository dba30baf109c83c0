package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/**
 * Accept hands out the connection without what the client sent before it: the bytes already
 * there are read and thrown away (a stack that starts the stream at accept, not at connect).
 */
@Breaks(value = "CONNECT-ASSOCIATED", how = "accept throws away the bytes the client sent before it")
public final class AcceptDiscardsEarlyBytes extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int accepted = super.accept(fd, from);
        target.setBlocking(accepted, false);
        byte[] waste = new byte[4096];
        try {
            while (target.recv(accepted, waste, 0, waste.length) > 0) {
                // thrown away
            }
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EAGAIN) {
                throw e;
            }
        } finally {
            target.setBlocking(accepted, true);
        }
        return accepted;
    }
}
