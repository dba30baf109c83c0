package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/**
 * listen on a socket already listening starts it afresh: the connections queued on it are
 * closed down (a stack that re-creates its listener to apply the new backlog).
 */
@Breaks(value = "LISTEN-BACKLOG", how = "listen again on a listening socket drops the connections queued on it")
public final class ListenAgainDropsQueue extends TrackingStack {
    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        if (isListening(fd)) {
            target.setBlocking(fd, false);
            try {
                while (true) {
                    target.close(target.accept(fd, null));
                }
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EAGAIN) {
                    throw e;
                }
            } finally {
                target.setBlocking(fd, true);
            }
        }
        super.listen(fd, backlog);
    }
}
