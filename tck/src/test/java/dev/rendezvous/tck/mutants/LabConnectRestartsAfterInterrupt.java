package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/**
 * A blocking connect interrupted by a signal restarts, as with a handler installed with
 * SA_RESTART, instead of failing with EINTR: it waits on for the connection's outcome.
 */
@Breaks(value = "CONNECT-SIGNAL", how = "an interrupted blocking connect restarts instead of failing with EINTR")
public final class LabConnectRestartsAfterInterrupt extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        while (true) {
            try {
                target.connect(fd, address, length);
                return;
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EINTR) {
                    throw e;
                }
            }
        }
    }
}
