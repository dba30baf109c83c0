package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;

/** For the mutants of the network lab's clauses: where a connect was going. */
final class LabDestination {
    /** The lab's on-link hosts that never answer (see {@code LabTarget.SILENT_HOST_V4/V6}). */
    private static final Set<String> SILENT_HOSTS = Set.of("192.0.2.77", "2001:db8:0:0:0:0:0:77");

    private LabDestination() {}

    /** The Internet address a connect was given, if the bytes hold one. */
    static Optional<InetAddress> of(byte[] address, int length) {
        try {
            Sockaddr name = Sockaddr.decode(address, length);
            int family = name.family();
            if (family != AddressFamily.AF_INET && family != AddressFamily.AF_INET6) {
                return Optional.empty();
            }
            return Optional.of(name.toInetSocketAddress().getAddress());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the connect went somewhere other than a loopback address (in the lab: one of its targets). */
    static boolean offLoopback(byte[] address, int length) {
        return of(address, length).map(a -> !a.isLoopbackAddress()).orElse(false);
    }

    /** Whether the connect went to a lab host whose SYNs are never answered. */
    static boolean silentHost(byte[] address, int length) {
        return of(address, length)
                .map(a -> SILENT_HOSTS.contains(a.getHostAddress()))
                .orElse(false);
    }
}
