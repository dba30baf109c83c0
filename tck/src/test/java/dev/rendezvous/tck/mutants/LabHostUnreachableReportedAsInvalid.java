package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import java.util.Set;

/** An unreachable host is reported as EINVAL (ENETUNREACH stays right). */
@Breaks(value = "ERROR-ENETUNREACH-EHOSTUNREACH", how = "EHOSTUNREACH given as EINVAL")
public final class LabHostUnreachableReportedAsInvalid extends LabErrnoSwap {
    public LabHostUnreachableReportedAsInvalid() {
        super(Set.of(Errno.EHOSTUNREACH), Errno.EINVAL, false);
    }
}
