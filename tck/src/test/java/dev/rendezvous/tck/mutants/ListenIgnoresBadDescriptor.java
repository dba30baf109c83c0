package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/** Listen on a number that is no descriptor returns as if it had succeeded. */
@Breaks(value = "LISTEN-SOCKET-PARAMETER", how = "listen on a closed or never-opened number succeeds")
public final class ListenIgnoresBadDescriptor extends ForwardingStack {
    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        try {
            target.listen(fd, backlog);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EBADF) {
                throw e;
            }
        }
    }
}
