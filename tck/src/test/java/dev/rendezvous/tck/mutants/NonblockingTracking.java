package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tracking stack that also remembers which descriptors are in non-blocking mode and on which a
 * non-blocking connect is under way (it gave EINPROGRESS and no outcome has been told yet), for
 * mutants that break how a non-blocking connect's outcome is reported.
 */
abstract class NonblockingTracking extends TrackingStack {
    private final Set<Integer> nonblocking = ConcurrentHashMap.newKeySet();
    private final Set<Integer> inProgress = ConcurrentHashMap.newKeySet();

    /** Whether the descriptor is in non-blocking mode. */
    protected final boolean isNonblocking(int fd) {
        return nonblocking.contains(fd);
    }

    /**
     * Called when a non-blocking connect on {@code fd} is told to have failed with {@code errno}:
     * {@code later} whether it is told by a later connect after EINPROGRESS rather than at once.
     * What the method throws or returns is what the caller's connect does.
     */
    protected abstract void failed(int fd, Errno errno, boolean later) throws ErrnoException;

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        super.setBlocking(fd, blocking);
        if (blocking) {
            nonblocking.remove(fd);
        } else {
            nonblocking.add(fd);
        }
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        if (!nonblocking.contains(fd)) {
            super.connect(fd, address, length);
            return;
        }
        boolean later = inProgress.contains(fd);
        try {
            super.connect(fd, address, length);
        } catch (ErrnoException e) {
            Errno errno = e.errno();
            if (errno == Errno.EINPROGRESS) {
                inProgress.add(fd);
            }
            if (errno == Errno.EINPROGRESS || errno == Errno.EALREADY || errno == Errno.EISCONN) {
                throw e;
            }
            inProgress.remove(fd);
            failed(fd, errno, later);
            return;
        }
        inProgress.remove(fd);
    }

    @Override
    public void close(int fd) throws ErrnoException {
        nonblocking.remove(fd);
        inProgress.remove(fd);
        super.close(fd);
    }
}
