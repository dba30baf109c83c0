package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import java.util.Set;

/** No route, or a gateway's unreachable status, is reported as ETIMEDOUT. */
@Breaks(value = "ERROR-ENETUNREACH-EHOSTUNREACH", how = "ENETUNREACH / EHOSTUNREACH given as ETIMEDOUT")
public final class LabUnreachableReportedAsTimeout extends LabErrnoSwap {
    public LabUnreachableReportedAsTimeout() {
        super(Set.of(Errno.ENETUNREACH, Errno.EHOSTUNREACH), Errno.ETIMEDOUT, false);
    }
}
