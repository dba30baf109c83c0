package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import java.util.Set;

/** Status delivered to the client host (host down) is reported as ECONNREFUSED. */
@Breaks(value = "ERROR-ENETDOWN-EHOSTDOWN", how = "EHOSTDOWN / ENETDOWN given as ECONNREFUSED")
public final class LabHostDownReportedAsRefused extends LabErrnoSwap {
    public LabHostDownReportedAsRefused() {
        super(Set.of(Errno.EHOSTDOWN, Errno.ENETDOWN), Errno.ECONNREFUSED, false);
    }
}
