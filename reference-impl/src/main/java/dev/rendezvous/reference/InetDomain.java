package dev.rendezvous.reference;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The Internet domain, IPv4 ({@code sockaddr_in}) and IPv6 ({@code sockaddr_in6}).
 *
 * <p>Reading a name, as Linux does: a length below the family's minimum (16; 24 for IPv6,
 * whose scope id is optional) is EINVAL; up to 128 is accepted and the bytes past the family's
 * size are ignored; another family is EAFNOSUPPORT — except that bind on an IPv4 socket takes
 * {@code AF_UNSPEC} with the address {@code INADDR_ANY} as {@code AF_INET}, as Linux does for
 * old programs. An IPv6 name's flow information is ignored and reported back as 0.
 *
 * <p>The wildcard address: the project's sockets never bind to all interfaces. A bind to the
 * wildcard address is carried out on the loopback address of the family (the name reported is
 * then the loopback address: Linux would report the wildcard), and a connect to the wildcard
 * address goes to the loopback address, which is where Linux sends it too. Inside the kit's own
 * network namespace (its lab, no link out) the wildcard is bound as asked, as Linux binds it.
 */
final class InetDomain extends SocketDomain {
    static final InetDomain V4 = new InetDomain(
            AddressFamily.AF_INET,
            StandardProtocolFamily.INET,
            Sockaddr.SIZEOF_SOCKADDR_IN,
            new byte[] {127, 0, 0, 1},
            new byte[4]);
    static final InetDomain V6 =
            new InetDomain(AddressFamily.AF_INET6, StandardProtocolFamily.INET6, 24, loopback6(), new byte[16]);

    private final int family;
    private final ProtocolFamily protocolFamily;
    private final int minimumLength;
    private final InetAddress loopback;
    private final Sockaddr unboundName;
    private final InetSocketAddress loopbackAnyPort;

    private InetDomain(int family, ProtocolFamily protocolFamily, int minimumLength, byte[] loopback, byte[] wildcard) {
        this.family = family;
        this.protocolFamily = protocolFamily;
        this.minimumLength = minimumLength;
        this.loopback = address(loopback);
        this.unboundName = nameOf(address(wildcard), 0);
        this.loopbackAnyPort = new InetSocketAddress(this.loopback, 0);
    }

    private static byte[] loopback6() {
        byte[] b = new byte[16];
        b[15] = 1;
        return b;
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not 4 or 16 bytes", e);
        }
    }

    @Override
    int family() {
        return family;
    }

    @Override
    ProtocolFamily protocolFamily() {
        return protocolFamily;
    }

    @Override
    Sockaddr unboundName() {
        return unboundName;
    }

    /** The loopback address of the family: 127.0.0.1 or ::1. */
    InetAddress loopback() {
        return loopback;
    }

    /** The loopback address of the family with port 0: "any free port on loopback". */
    InetSocketAddress loopbackAnyPort() {
        return loopbackAnyPort;
    }

    @Override
    SocketAddress parse(byte[] bytes, int length, boolean forBind) throws ErrnoException {
        if (length < minimumLength) {
            throw new ErrnoException(
                    Errno.EINVAL,
                    AddressFamily.name(family) + " name of " + length + " bytes; at least " + minimumLength
                            + " needed");
        }
        int given = AddressInput.familyOf(bytes);
        if (given != family && !unspecifiedWildcard(bytes, given, forBind)) {
            throw new ErrnoException(
                    Errno.EAFNOSUPPORT,
                    AddressFamily.name(given) + " name given to an " + AddressFamily.name(family) + " socket");
        }
        int port = (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF);
        InetAddress ip;
        if (family == AddressFamily.AF_INET) {
            ip = address(Arrays.copyOfRange(bytes, 4, 8));
        } else {
            byte[] a = Arrays.copyOfRange(bytes, 8, 24);
            int scope = length >= Sockaddr.SIZEOF_SOCKADDR_IN6 ? littleEndianInt(bytes, 24) : 0;
            ip = scope == 0 ? address(a) : scoped(a, scope);
        }
        return new InetSocketAddress(ip, port);
    }

    private boolean unspecifiedWildcard(byte[] bytes, int given, boolean forBind) {
        return forBind
                && family == AddressFamily.AF_INET
                && given == AddressFamily.AF_UNSPEC
                && bytes[4] == 0
                && bytes[5] == 0
                && bytes[6] == 0
                && bytes[7] == 0;
    }

    private static InetAddress scoped(byte[] a, int scope) {
        try {
            return Inet6Address.getByAddress(null, a, scope);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not 16 bytes", e);
        }
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /**
     * Where to bind for a name: the wildcard address is confined to the loopback address, except
     * inside the kit's own network namespace ({@link KitNamespace}), which has no link out.
     */
    InetSocketAddress confined(InetSocketAddress address) {
        return address.getAddress().isAnyLocalAddress() && !KitNamespace.inside()
                ? new InetSocketAddress(loopback, address.getPort())
                : address;
    }

    @Override
    Sockaddr nameOf(SocketAddress address) {
        InetSocketAddress a = (InetSocketAddress) address;
        return nameOf(a.getAddress(), a.getPort());
    }

    /**
     * The name of an IP address and port in this family. An IPv6 socket's IPv4 peer (NIO
     * reports an {@code Inet4Address}) is written as the v4-mapped address {@code ::ffff:a.b.c.d},
     * as the kernel reports it.
     */
    Sockaddr nameOf(InetAddress ip, int port) {
        if (family == AddressFamily.AF_INET) {
            return Sockaddr.inet(ip, port);
        }
        byte[] b = new byte[Sockaddr.SIZEOF_SOCKADDR_IN6];
        b[0] = (byte) AddressFamily.AF_INET6;
        b[2] = (byte) (port >>> 8);
        b[3] = (byte) port;
        if (ip instanceof Inet4Address) {
            b[18] = (byte) 0xFF;
            b[19] = (byte) 0xFF;
            System.arraycopy(ip.getAddress(), 0, b, 20, 4);
        } else {
            System.arraycopy(ip.getAddress(), 0, b, 8, 16);
            int scope = ((Inet6Address) ip).getScopeId();
            for (int i = 0; i < 4; i++) {
                b[24 + i] = (byte) (scope >>> (8 * i));
            }
        }
        return Sockaddr.decode(b);
    }
}
