package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;

/** {@code sizeof(struct sockaddr_in)} or {@code sizeof(struct sockaddr_in6)}, by family. */
public final class InetSizeof {
    private InetSizeof() {}

    /** The size of the Internet {@code sockaddr} of the family: 16 for AF_INET, 28 for AF_INET6. */
    public static int of(int family) {
        return family == AddressFamily.AF_INET6 ? Sockaddr.SIZEOF_SOCKADDR_IN6 : Sockaddr.SIZEOF_SOCKADDR_IN;
    }
}
