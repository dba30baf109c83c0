package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/** A connect on a socket whose non-blocking connect is still in progress gives EINPROGRESS again instead of EALREADY. */
@Breaks(
        value = "ALTERNATIVES-NONBLOCKING",
        how = "a connect while a non-blocking one is pending gives EINPROGRESS instead of EALREADY")
public final class PendingConnectGivesEinprogressAgain extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        try {
            target.connect(fd, address, length);
        } catch (ErrnoException e) {
            if (e.errno() == Errno.EALREADY) {
                throw new ErrnoException(Errno.EINPROGRESS, "still in progress");
            }
            throw e;
        }
    }
}
