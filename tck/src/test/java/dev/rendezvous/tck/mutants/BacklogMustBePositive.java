package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/** Rejects a backlog below 1 instead of rounding it. */
@Breaks(value = "LISTEN-BACKLOG", how = "listen rejects a backlog below 1 with EINVAL")
public final class BacklogMustBePositive extends ForwardingStack {
    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        if (backlog < 1) {
            throw new ErrnoException(Errno.EINVAL, "backlog " + backlog);
        }
        target.listen(fd, backlog);
    }
}
