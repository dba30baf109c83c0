package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import java.util.Set;

/**
 * A remote host that refuses (answers the SYN with a reset) is reported as ETIMEDOUT; a refused
 * connect on loopback still gives ECONNREFUSED, so only the network lab sees the difference.
 */
@Breaks(value = "ERROR-ECONNREFUSED", how = "a reset from a remote host gives ETIMEDOUT (loopback stays right)")
public final class LabResetReportedAsTimeout extends LabErrnoSwap {
    public LabResetReportedAsTimeout() {
        super(Set.of(Errno.ECONNREFUSED), Errno.ETIMEDOUT, true);
    }
}
