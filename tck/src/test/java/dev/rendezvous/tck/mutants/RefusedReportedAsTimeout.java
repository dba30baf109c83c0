package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/** A refused connect fails with ETIMEDOUT instead of ECONNREFUSED. */
@Breaks(value = "ERROR-ECONNREFUSED", how = "a refused connect gives ETIMEDOUT")
public final class RefusedReportedAsTimeout extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        try {
            target.connect(fd, address, length);
        } catch (ErrnoException e) {
            if (e.errno() == Errno.ECONNREFUSED) {
                throw new ErrnoException(Errno.ETIMEDOUT, "refused, reported as timed out");
            }
            throw e;
        }
    }
}
