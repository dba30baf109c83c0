package dev.rendezvous.tck.check;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Feature;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The address families and the features that claim them. */
public final class Families {
    private static final List<Feature> ORDER = List.of(Feature.INET, Feature.INET6, Feature.UNIX);

    private Families() {}

    /** The AF_ number of a family feature. */
    public static int of(Feature f) {
        switch (f) {
            case INET:
                return AddressFamily.AF_INET;
            case INET6:
                return AddressFamily.AF_INET6;
            case UNIX:
                return AddressFamily.AF_UNIX;
            default:
                throw new IllegalArgumentException(f + " is not a family");
        }
    }

    /** The families in {@code wanted} that {@code claimed} holds, as AF_ numbers, in a fixed order. */
    public static List<Integer> claimedAmong(Set<Feature> wanted, Set<Feature> claimed) {
        List<Integer> out = new ArrayList<>();
        for (Feature f : ORDER) {
            if (wanted.contains(f) && claimed.contains(f)) {
                out.add(of(f));
            }
        }
        return out;
    }

    /** The loopback address of an Internet family. */
    public static InetAddress loopback(int family) {
        try {
            return family == AddressFamily.AF_INET6
                    ? InetAddress.getByName("::1")
                    : InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a family is an Internet family. */
    public static boolean isInternet(int family) {
        return family == AddressFamily.AF_INET || family == AddressFamily.AF_INET6;
    }
}
