package dev.rendezvous.tck.lab;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import java.util.Optional;

/**
 * Why the lab offers no {@link LabTarget} for an errno of the contract: the reason to give
 * in a NOT_VERIFIED verdict. Measured on Linux 6.18; see {@code tck/LAB.md}.
 */
public final class LabGaps {
    private static final String ENETDOWN = "no setup makes a blocking connect fail with ENETDOWN on Linux: "
            + "a route cannot be added to an interface that is down; an interface without carrier, "
            + "or one taken down while the SYN is unanswered, gives ETIMEDOUT or ENETUNREACH; "
            + "SO_BINDTODEVICE to a down interface and a link-local destination scoped to one "
            + "give ENETUNREACH; no ICMP or ICMPv6 code maps to ENETDOWN";
    private static final String EHOSTDOWN_V6 =
            "no ICMPv6 code maps to EHOSTDOWN on Linux " + "(only the IPv4 ICMP code 7, host unknown, does)";

    private LabGaps() {}

    /**
     * Why no lab target of this family makes a blocking connect fail with this errno; empty
     * when one does.
     *
     * @param family {@link AddressFamily#AF_INET} or {@link AddressFamily#AF_INET6}
     */
    public static Optional<String> whyNoTarget(Errno errno, int family) {
        if (LabTarget.provoking(errno).stream().anyMatch(t -> t.family() == family)) {
            return Optional.empty();
        }
        if (errno == Errno.ENETDOWN) {
            return Optional.of(ENETDOWN);
        }
        if (errno == Errno.EHOSTDOWN && family == AddressFamily.AF_INET6) {
            return Optional.of(EHOSTDOWN_V6);
        }
        return Optional.of("the network lab has no target for " + errno.name() + " in " + AddressFamily.name(family));
    }
}
