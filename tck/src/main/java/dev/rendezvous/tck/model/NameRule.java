package dev.rendezvous.tck.model;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Families;
import java.net.InetAddress;
import java.util.Optional;

/**
 * What the model knows of a name that getsockname, getpeername or accept gives back: either the
 * exact name, or a shape (family and true length, and for an Internet name perhaps the address
 * and whether the port is zero). A learnable shape becomes exact at the first name seen, so
 * every later call must give that same name, byte for byte.
 */
final class NameRule {
    private final int family;
    private final Sockaddr exact;
    private final InetAddress address;
    private final boolean portNotZero;
    private final boolean learnable;
    private final String shape;
    private final String portClause;

    private NameRule(
            int family, Sockaddr exact, InetAddress address, boolean portNotZero, boolean learnable, String shape) {
        this(family, exact, address, portNotZero, learnable, shape, null);
    }

    private NameRule(
            int family,
            Sockaddr exact,
            InetAddress address,
            boolean portNotZero,
            boolean learnable,
            String shape,
            String portClause) {
        this.portClause = portClause;
        this.family = family;
        this.exact = exact;
        this.address = address;
        this.portNotZero = portNotZero;
        this.learnable = learnable;
        this.shape = shape;
    }

    /** Exactly this name. */
    public static NameRule exactly(Sockaddr name) {
        return new NameRule(name.family(), name, null, false, false, null);
    }

    /**
     * The name of a socket that has none: for the Internet families the wildcard address with
     * port 0, for the UNIX domain the family alone (length 2).
     */
    public static NameRule none(int family) {
        if (family == AddressFamily.AF_UNIX) {
            return exactly(Sockaddr.unnamedUnix());
        }
        InetAddress any = family == AddressFamily.AF_INET6 ? inet("::") : inet("0.0.0.0");
        return exactly(Sockaddr.inet(any, 0));
    }

    /** The name bind gave: the requested one, with the port the system chose if it asked for 0. */
    public static NameRule boundTo(Sockaddr requested) {
        if (requested.family() == AddressFamily.AF_UNIX || requested.port() != 0) {
            return exactly(requested);
        }
        InetAddress a = requested.toInetSocketAddress().getAddress();
        return new NameRule(
                requested.family(),
                null,
                a,
                true,
                true,
                "a name " + a.getHostAddress() + ":P with the port P the system chose (not 0)",
                "SERVER-BIND-LISTEN");
    }

    /**
     * The name of a socket bound to a port 0 name whose connect failed: the bound address with a
     * port that is not 0, but not necessarily the same port from call to call (Linux releases
     * the port it chose, and the next connect chooses another).
     */
    public static NameRule releasedFrom(Sockaddr requested) {
        InetAddress a = requested.toInetSocketAddress().getAddress();
        return new NameRule(
                requested.family(),
                null,
                a,
                true,
                false,
                "a name " + a.getHostAddress() + ":P with a port P that is not 0",
                "CONNECT-NAME-REMAINS");
    }

    /**
     * A name the system chose on connect: an Internet name with a port that is not 0 (any
     * address of the family); for the UNIX domain, unnamed or a name the system chose.
     */
    public static NameRule chosenBySystem(int family) {
        if (family == AddressFamily.AF_UNIX) {
            return new NameRule(family, null, null, false, true, "an AF_UNIX name (unnamed or chosen by the system)");
        }
        return new NameRule(
                family,
                null,
                null,
                true,
                true,
                "an " + AddressFamily.name(family) + " name with a port that is not 0",
                "CONNECT-AUTOBIND");
    }

    /**
     * The name after a failed connect on a socket with no name of its own: of the family, with
     * its true length; which port or address the system shows is not fixed (Linux shows the
     * wildcard with the port it tried, without holding it).
     */
    public static NameRule leftByFailure(int family) {
        return anyName(family, "left by the failed connect");
    }

    /** Any name of the family with its true length, for a reason given in words; it stays so. */
    public static NameRule anyName(int family, String why) {
        return new NameRule(
                family, null, null, false, false, "an " + AddressFamily.name(family) + " name (" + why + ")");
    }

    /** Whether the name is known exactly. */
    public boolean isExact() {
        return exact != null;
    }

    /** The exact name; empty if only its shape is known. */
    public Optional<Sockaddr> exact() {
        return Optional.ofNullable(exact);
    }

    /** What is wrong with {@code actual}; empty if it fits. */
    public Optional<String> mismatch(Sockaddr actual) {
        if (exact != null) {
            return exact.equals(actual) ? Optional.empty() : Optional.of("expected " + exact + ", got " + actual);
        }
        if (actual.family() != family) {
            return Optional.of(
                    "expected " + shape + ", got the family " + AddressFamily.name(actual.family()) + ": " + actual);
        }
        if (Families.isInternet(family)) {
            if (portNotZero && actual.port() == 0) {
                return Optional.of("expected " + shape + ", got the port " + actual.port() + ": " + actual);
            }
            if (address != null && !address.equals(actual.toInetSocketAddress().getAddress())) {
                return Optional.of("expected " + shape + ", got another address: " + actual);
            }
        }
        return Optional.empty();
    }

    /**
     * The clause whose sentence {@code actual} breaks instead of the call sequence's, when it
     * breaks only by showing port 0 where the system was to select a port: the bound name
     * (SERVER-BIND-LISTEN), the name bound on connect (CONNECT-AUTOBIND), the name that remains
     * after a failed connect (CONNECT-NAME-REMAINS). Those clauses' own properties judge it.
     */
    public Optional<String> portZeroBreaks(Sockaddr actual) {
        boolean onlyThePort = exact == null
                && portNotZero
                && actual.family() == family
                && Families.isInternet(family)
                && actual.port() == 0
                && (address == null
                        || address.equals(actual.toInetSocketAddress().getAddress()));
        return onlyThePort ? Optional.ofNullable(portClause) : Optional.empty();
    }

    /** The rule after {@code seen} fitted it: exactly that name if the rule is learnable. */
    public NameRule after(Sockaddr seen) {
        return learnable ? exactly(seen) : this;
    }

    /** What the name must be, in words. */
    public String describe() {
        return exact != null ? exact.toString() : shape;
    }

    private static InetAddress inet(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
