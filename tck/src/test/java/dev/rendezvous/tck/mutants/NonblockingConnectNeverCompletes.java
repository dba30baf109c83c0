package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A non-blocking connect reports EINPROGRESS but never starts the connection. */
@Breaks(value = "ALTERNATIVES-NONBLOCKING", how = "a non-blocking connect gives EINPROGRESS and never completes")
public final class NonblockingConnectNeverCompletes extends ForwardingStack {
    private final Set<Integer> nonblocking = ConcurrentHashMap.newKeySet();

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        target.setBlocking(fd, blocking);
        if (blocking) {
            nonblocking.remove(fd);
        } else {
            nonblocking.add(fd);
        }
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        if (nonblocking.contains(fd)) {
            throw new ErrnoException(Errno.EINPROGRESS, "never completes");
        }
        target.connect(fd, address, length);
    }

    @Override
    public void close(int fd) throws ErrnoException {
        nonblocking.remove(fd);
        target.close(fd);
    }
}
