package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** Accept polls instead of blocking: with nothing pending it fails with EAGAIN at once, even in blocking mode. */
@Breaks(value = "ACCEPT-BLOCKS", how = "accept returns before a client arrives (EAGAIN at once in blocking mode)")
public final class AcceptDoesNotBlock extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        target.setBlocking(fd, false);
        try {
            return target.accept(fd, from);
        } finally {
            target.setBlocking(fd, true);
        }
    }
}
