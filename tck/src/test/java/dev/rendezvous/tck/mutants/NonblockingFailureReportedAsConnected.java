package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/**
 * A non-blocking connect that failed in the background is reported as established: the later
 * connect that should give the connection's error returns 0 (a stack that takes "the attempt
 * ended" for "the attempt succeeded"). A failure told at once is reported as it is.
 */
@Breaks(
        value = "CONNECT-ERROR-RETURNED",
        how = "a later connect after EINPROGRESS returns 0 although the connection failed")
public final class NonblockingFailureReportedAsConnected extends NonblockingTracking {
    @Override
    protected void failed(int fd, Errno errno, boolean later) throws ErrnoException {
        if (!later) {
            throw new ErrnoException(errno, "the connection failed");
        }
    }
}
