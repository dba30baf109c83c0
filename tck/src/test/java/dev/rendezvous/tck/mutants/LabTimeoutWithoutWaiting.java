package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/**
 * A connect to a host that never answers sends its SYN (so a name is bound) but gives up at once
 * with ETIMEDOUT, without the wait the clause describes ("over a period of time").
 */
@Breaks(value = "ERROR-ETIMEDOUT", how = "ETIMEDOUT at once, without waiting for the SYN's answer")
public final class LabTimeoutWithoutWaiting extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        if (!LabDestination.silentHost(address, length)) {
            super.connect(fd, address, length);
            return;
        }
        target.setBlocking(fd, false);
        try {
            super.connect(fd, address, length);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EINPROGRESS) {
                throw e;
            }
        } finally {
            target.setBlocking(fd, true);
        }
        throw new ErrnoException(Errno.ETIMEDOUT, "gave up at once");
    }
}
