package dev.rendezvous.api;

/**
 * Address family (domain) numbers, as Linux defines them for {@code socket(2)} and the
 * {@code sa_family} field of a {@code sockaddr}.
 */
@Stable
public final class AddressFamily {
    /** No family; given to {@code connect}, Linux dissolves the association. */
    public static final int AF_UNSPEC = 0;
    /** The UNIX domain: names are file-system paths ({@code sockaddr_un}). */
    public static final int AF_UNIX = 1;
    /** The Internet domain, IPv4 ({@code sockaddr_in}). */
    public static final int AF_INET = 2;
    /** The Internet domain, IPv6 ({@code sockaddr_in6}). */
    public static final int AF_INET6 = 10;

    private AddressFamily() {}

    /** The symbolic name of a family number, or {@code AF_?(n)} for one this class does not name. */
    public static String name(int family) {
        switch (family) {
            case AF_UNSPEC:
                return "AF_UNSPEC";
            case AF_UNIX:
                return "AF_UNIX";
            case AF_INET:
                return "AF_INET";
            case AF_INET6:
                return "AF_INET6";
            default:
                return "AF_?(" + family + ")";
        }
    }
}
