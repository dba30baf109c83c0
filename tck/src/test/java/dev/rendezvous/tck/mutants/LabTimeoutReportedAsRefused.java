package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import java.util.Set;

/** A connect whose SYNs go unanswered waits as it should, then fails with ECONNREFUSED instead of ETIMEDOUT. */
@Breaks(value = "ERROR-ETIMEDOUT", how = "a timed-out connect gives ECONNREFUSED")
public final class LabTimeoutReportedAsRefused extends LabErrnoSwap {
    public LabTimeoutReportedAsRefused() {
        super(Set.of(Errno.ETIMEDOUT), Errno.ECONNREFUSED, false);
    }
}
