package dev.rendezvous.adapters.nettyepoll;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Between the SPI's {@code sockaddr} bytes and the {@link SocketAddress} objects Netty takes
 * and gives. Netty never sees a length, so:
 * <ul>
 *   <li>an Internet name needs at least the bytes that hold its address (16 for
 *       {@code sockaddr_in}, 24 for {@code sockaddr_in6}, whose scope id is then 0); bytes past
 *       the layout are not looked at; a shorter name is EINVAL, as Linux gives;</li>
 *   <li>a UNIX-domain name is its path: the bytes after the family up to the first NUL, or,
 *       for an abstract name (first byte NUL), all bytes up to the length; the family alone is
 *       the empty path, which Netty passes on with length 2 (Linux then auto-binds);</li>
 *   <li>the IPv6 flow label has no place in an {@link InetSocketAddress} and is dropped.</li>
 * </ul>
 * Names the library gives back are rendered in the layout of the socket's own family: an
 * AF_INET6 socket's peer that Netty reports as an IPv4 address is the IPv4-mapped
 * {@code ::ffff:a.b.c.d} the kernel gave.
 */
final class NettyNames {
    private static final int MIN_SOCKADDR_IN6 = 24;

    private NettyNames() {}

    /** The family number of a name, or EFAULT/EINVAL if there are no two bytes to read. */
    static int familyOf(byte[] address, int length) throws ErrnoException {
        if (address == null) {
            throw new ErrnoException(Errno.EFAULT, "null address");
        }
        if (length > address.length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "address length " + length + " exceeds the " + address.length + " bytes of the array");
        }
        if (length < Sockaddr.OFFSETOF_SUN_PATH) {
            throw new ErrnoException(Errno.EINVAL, "address length " + length + " holds no family");
        }
        return Sockaddr.familyOf(address);
    }

    /**
     * The object Netty takes for the first {@code length} bytes of {@code address}.
     *
     * @throws ErrnoException EFAULT (null, or length past the array), EINVAL (too short for
     *     its family, or longer than {@code sockaddr_un}), EAFNOSUPPORT (a family Netty cannot
     *     take)
     */
    static SocketAddress decode(byte[] address, int length) throws ErrnoException {
        int family = familyOf(address, length);
        switch (family) {
            case AddressFamily.AF_INET:
                requireLength(length, Sockaddr.SIZEOF_SOCKADDR_IN, "sockaddr_in");
                return new InetSocketAddress(ip(Arrays.copyOfRange(address, 4, 8), 0), port(address));
            case AddressFamily.AF_INET6:
                requireLength(length, MIN_SOCKADDR_IN6, "sockaddr_in6");
                int scope = length >= Sockaddr.SIZEOF_SOCKADDR_IN6 ? littleEndianInt(address, 24) : 0;
                return new InetSocketAddress(ip(Arrays.copyOfRange(address, 8, 24), scope), port(address));
            case AddressFamily.AF_UNIX:
                if (length > Sockaddr.SIZEOF_SOCKADDR_UN) {
                    throw new ErrnoException(
                            Errno.EINVAL, "sockaddr_un length " + length + " exceeds " + Sockaddr.SIZEOF_SOCKADDR_UN);
                }
                return new DomainSocketAddress(unixPath(address, length));
            default:
                throw new ErrnoException(
                        Errno.EAFNOSUPPORT, "Netty takes no names of family " + AddressFamily.name(family));
        }
    }

    /** The name Netty gave, in the layout of a socket of {@code family}. */
    static Sockaddr encode(SocketAddress address, int family) {
        if (address instanceof DomainSocketAddress) {
            return unix(((DomainSocketAddress) address).path());
        }
        InetSocketAddress inet = (InetSocketAddress) address;
        InetAddress ip = inet.getAddress();
        if (family == AddressFamily.AF_INET6 && ip instanceof Inet4Address) {
            byte[] b = new byte[Sockaddr.SIZEOF_SOCKADDR_IN6];
            b[0] = (byte) AddressFamily.AF_INET6;
            b[2] = (byte) (inet.getPort() >>> 8);
            b[3] = (byte) inet.getPort();
            b[18] = (byte) 0xFF;
            b[19] = (byte) 0xFF;
            System.arraycopy(ip.getAddress(), 0, b, 20, 4);
            return Sockaddr.decode(b);
        }
        return Sockaddr.inet(inet);
    }

    private static Sockaddr unix(String path) {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        boolean pathname = p.length > 0 && p[0] != 0;
        // The true size counts the NUL, also after a path of 108 bytes: 111 (SPI 0.2.0), as Linux gives it.
        int withNul = pathname ? 1 : 0;
        byte[] b = new byte[Sockaddr.OFFSETOF_SUN_PATH + p.length + withNul];
        b[0] = (byte) AddressFamily.AF_UNIX;
        System.arraycopy(p, 0, b, Sockaddr.OFFSETOF_SUN_PATH, p.length);
        return Sockaddr.decode(b);
    }

    private static String unixPath(byte[] address, int length) {
        int start = Sockaddr.OFFSETOF_SUN_PATH;
        int end = start;
        boolean isAbstract = length > start && address[start] == 0;
        while (end < length && (isAbstract || address[end] != 0)) {
            end++;
        }
        return new String(address, start, end - start, StandardCharsets.UTF_8);
    }

    private static void requireLength(int length, int minimum, String layout) throws ErrnoException {
        if (length < minimum) {
            throw new ErrnoException(Errno.EINVAL, layout + " needs " + minimum + " bytes, got " + length);
        }
    }

    private static InetAddress ip(byte[] bytes, int scope) {
        try {
            return scope == 0 ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, scope);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes always make an address", e);
        }
    }

    private static int port(byte[] b) {
        return (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
