package dev.rendezvous.api;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A socket name in the Linux {@code sockaddr} layouts: the bytes and the length that
 * {@code bind(2)} and {@code connect(2)} take, and that {@code accept(2)},
 * {@code getsockname(2)} and {@code getpeername(2)} give back. Immutable.
 *
 * <p>The layouts, byte by byte ({@code sa_family} is in the host's byte order, which is
 * little-endian on x86-64 and AArch64 Linux; ports and IPv4/IPv6 addresses are in network
 * byte order, big-endian):
 * <pre>
 * sockaddr_in  (AF_INET,  16 bytes)  0-1 sin_family = 2   2-3 sin_port   4-7 sin_addr
 *                                     8-15 sin_zero (zeros)
 * sockaddr_in6 (AF_INET6, 28 bytes)  0-1 sin6_family = 10  2-3 sin6_port  4-7 sin6_flowinfo
 *                                     8-23 sin6_addr  24-27 sin6_scope_id (host order)
 * sockaddr_un  (AF_UNIX, up to 110)  0-1 sun_family = 1   2-109 sun_path (108 bytes)
 *                                     110 the NUL after a 108-byte path, in a name given back
 * </pre>
 *
 * <p>A UNIX-domain name's length: the contract's example gives
 * {@code strlen(server.sun_path) + offsetof(struct sockaddr_un, sun_path)}, i.e. 2 + the
 * path's length in bytes without the terminating NUL, and a name given back by the system
 * has the true size 2 + length + 1 (the NUL counted), as on Linux. {@link #unix(String)}
 * gives the latter; {@link #withLength(int)} gives any other length of the same bytes.
 * A name whose first path byte is NUL is an abstract name (Linux); its length has no NUL.
 *
 * <p>The longest UNIX-domain name is {@value #MAX_UNIX_NAME_LENGTH} bytes long: a path of 108
 * bytes fills {@code sun_path} with no room for its NUL, and Linux gives such a name back with
 * the true size 2 + 108 + 1 = 111, one byte more than {@code sizeof(struct sockaddr_un)}. A
 * caller that offers {@code sizeof(struct sockaddr_un)} then gets 110 bytes and the length 111
 * (the value-result rule: the name was truncated by its NUL). {@code bind} and {@code connect}
 * take at most 110 bytes.
 *
 * <p>Changed in 0.2.0: {@link #unix(String)} takes paths of 108 bytes (it refused them), and
 * {@link #decode(byte[], int)} takes a UNIX-domain name of length 111 when its last byte is the
 * NUL (it refused every length past 110); {@link #MAX_UNIX_NAME_LENGTH} is new.
 *
 * <p>Bad input never truncates silently: every factory and decoder throws an
 * {@link IllegalArgumentException} that says what is wrong and shows the bytes.
 */
@Stable
public final class Sockaddr {
    /** Size of {@code sockaddr_in}. */
    public static final int SIZEOF_SOCKADDR_IN = 16;
    /** Size of {@code sockaddr_in6}. */
    public static final int SIZEOF_SOCKADDR_IN6 = 28;
    /** Size of {@code sockaddr_un}: the family and 108 bytes of path. */
    public static final int SIZEOF_SOCKADDR_UN = 110;
    /** {@code offsetof(struct sockaddr_un, sun_path)}, also the size of {@code sa_family}. */
    public static final int OFFSETOF_SUN_PATH = 2;
    /** Bytes in {@code sun_path}: a path of up to 107 bytes and its NUL, or a path of 108 bytes alone. */
    public static final int SUN_PATH_CAPACITY = 108;
    /**
     * The longest UNIX-domain name a call gives back: 2 + a path of 108 bytes + its NUL, as
     * Linux counts it (since 0.2.0).
     */
    public static final int MAX_UNIX_NAME_LENGTH = SIZEOF_SOCKADDR_UN + 1;

    private final byte[] bytes;
    private final int length;

    private Sockaddr(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    /** The {@code sockaddr_in} or {@code sockaddr_in6} of an IPv4 or IPv6 socket address. */
    public static Sockaddr inet(InetSocketAddress address) {
        if (address == null) {
            throw new IllegalArgumentException("address is null");
        }
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("address is unresolved: " + address);
        }
        InetAddress ip = address.getAddress();
        int port = address.getPort();
        if (ip instanceof Inet4Address) {
            byte[] b = new byte[SIZEOF_SOCKADDR_IN];
            putFamily(b, AddressFamily.AF_INET);
            putPort(b, port);
            System.arraycopy(ip.getAddress(), 0, b, 4, 4);
            return new Sockaddr(b, b.length);
        }
        Inet6Address ip6 = (Inet6Address) ip;
        byte[] b = new byte[SIZEOF_SOCKADDR_IN6];
        putFamily(b, AddressFamily.AF_INET6);
        putPort(b, port);
        System.arraycopy(ip6.getAddress(), 0, b, 8, 16);
        int scope = ip6.getScopeId();
        b[24] = (byte) scope;
        b[25] = (byte) (scope >>> 8);
        b[26] = (byte) (scope >>> 16);
        b[27] = (byte) (scope >>> 24);
        return new Sockaddr(b, b.length);
    }

    /** The {@code sockaddr_in} or {@code sockaddr_in6} of an IP address and a port. */
    public static Sockaddr inet(InetAddress address, int port) {
        if (address == null) {
            throw new IllegalArgumentException("address is null");
        }
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range 0..65535: " + port);
        }
        return inet(new InetSocketAddress(address, port));
    }

    /**
     * The {@code sockaddr_un} of a path name, with the length the system gives back for it:
     * 2 + the path's UTF-8 length + 1 for the NUL.
     *
     * A path of 108 bytes fills {@code sun_path} without its NUL; its name has the length 111
     * (since 0.2.0; before, such a path was refused).
     *
     * @throws IllegalArgumentException if the path is empty, holds a NUL, or needs more than
     *     108 bytes: never truncated
     */
    public static Sockaddr unix(String path) {
        if (path == null) {
            throw new IllegalArgumentException("path is null");
        }
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        if (p.length == 0) {
            throw new IllegalArgumentException("UNIX-domain path is empty");
        }
        for (byte x : p) {
            if (x == 0) {
                throw new IllegalArgumentException("UNIX-domain path holds a NUL byte: " + path);
            }
        }
        if (p.length > SUN_PATH_CAPACITY) {
            throw new IllegalArgumentException("UNIX-domain path is " + p.length + " bytes; sun_path holds at most "
                    + SUN_PATH_CAPACITY + ": " + path);
        }
        byte[] b = new byte[OFFSETOF_SUN_PATH + p.length + 1];
        putFamily(b, AddressFamily.AF_UNIX);
        System.arraycopy(p, 0, b, OFFSETOF_SUN_PATH, p.length);
        return new Sockaddr(b, b.length);
    }

    /** The name of an unnamed UNIX-domain socket: the family alone, length 2. */
    public static Sockaddr unnamedUnix() {
        byte[] b = new byte[OFFSETOF_SUN_PATH];
        putFamily(b, AddressFamily.AF_UNIX);
        return new Sockaddr(b, b.length);
    }

    /**
     * Decodes the first {@code length} bytes of {@code bytes} as a name.
     *
     * @throws IllegalArgumentException if the length is negative or exceeds the array, the
     *     family is not AF_INET, AF_INET6 or AF_UNIX, the length is short of, or (for the
     *     Internet families) not equal to, the family's size, or a UNIX-domain name is longer
     *     than 110 bytes without being the name of a 108-byte path with its NUL (length 111)
     */
    public static Sockaddr decode(byte[] bytes, int length) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes are null");
        }
        if (length < 0 || length > bytes.length) {
            throw new IllegalArgumentException("length " + length + " outside the array of " + bytes.length + " bytes");
        }
        if (length < 2) {
            throw new IllegalArgumentException(
                    "length " + length + " is too short for sa_family: " + Hex.of(bytes, length));
        }
        int family = familyOf(bytes);
        switch (family) {
            case AddressFamily.AF_INET:
                requireLength(bytes, length, SIZEOF_SOCKADDR_IN, "sockaddr_in");
                break;
            case AddressFamily.AF_INET6:
                requireLength(bytes, length, SIZEOF_SOCKADDR_IN6, "sockaddr_in6");
                break;
            case AddressFamily.AF_UNIX:
                if (length > MAX_UNIX_NAME_LENGTH) {
                    throw new IllegalArgumentException("sockaddr_un length " + length + " exceeds "
                            + MAX_UNIX_NAME_LENGTH + ": " + Hex.of(bytes, length));
                }
                if (length == MAX_UNIX_NAME_LENGTH && !isLongestPathWithNul(bytes)) {
                    throw new IllegalArgumentException("sockaddr_un length " + length
                            + " holds only a path of 108 bytes and its NUL: " + Hex.of(bytes, length));
                }
                break;
            default:
                throw new IllegalArgumentException("unknown family " + family + " in " + Hex.of(bytes, length));
        }
        return new Sockaddr(Arrays.copyOf(bytes, length), length);
    }

    /** Whether a name of 111 bytes is 108 path bytes (none NUL) and the NUL. */
    private static boolean isLongestPathWithNul(byte[] bytes) {
        for (int i = OFFSETOF_SUN_PATH; i < SIZEOF_SOCKADDR_UN; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return bytes[SIZEOF_SOCKADDR_UN] == 0;
    }

    /** Decodes a whole array as a name; see {@link #decode(byte[], int)}. */
    public static Sockaddr decode(byte[] bytes) {
        return decode(bytes, bytes == null ? 0 : bytes.length);
    }

    private static void requireLength(byte[] bytes, int length, int size, String what) {
        if (length != size) {
            throw new IllegalArgumentException(
                    what + " needs exactly " + size + " bytes, got " + length + ": " + Hex.of(bytes, length));
        }
    }

    /** The family number read from the first two bytes (host order, little-endian). */
    public static int familyOf(byte[] bytes) {
        return (bytes[0] & 0xFF) | (bytes[1] & 0xFF) << 8;
    }

    private static void putFamily(byte[] b, int family) {
        b[0] = (byte) family;
        b[1] = (byte) (family >>> 8);
    }

    private static void putPort(byte[] b, int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range 0..65535: " + port);
        }
        b[2] = (byte) (port >>> 8);
        b[3] = (byte) port;
    }

    /**
     * The same bytes with another length: shorter cuts bytes off (e.g. the contract's UNIX
     * length without the NUL, or a deliberately short length), longer pads with zeros.
     */
    public Sockaddr withLength(int newLength) {
        if (newLength < 0) {
            throw new IllegalArgumentException("negative length " + newLength);
        }
        return new Sockaddr(Arrays.copyOf(bytes, newLength), newLength);
    }

    /** The family: {@code AF_INET}, {@code AF_INET6} or {@code AF_UNIX}. */
    public int family() {
        return length < 2 ? AddressFamily.AF_UNSPEC : familyOf(bytes);
    }

    /** The length: what {@code connect(s, addr, len)} takes as {@code len}. */
    public int length() {
        return length;
    }

    /** A copy of the bytes ({@link #length()} of them). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The port of an Internet-domain name. */
    public int port() {
        requireInet();
        return (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF);
    }

    /** The IP address and port of an Internet-domain name. */
    public InetSocketAddress toInetSocketAddress() {
        requireInet();
        try {
            if (family() == AddressFamily.AF_INET) {
                return new InetSocketAddress(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 4, 8)), port());
            }
            int scope = length < SIZEOF_SOCKADDR_IN6
                    ? 0
                    : (bytes[24] & 0xFF)
                            | (bytes[25] & 0xFF) << 8
                            | (bytes[26] & 0xFF) << 16
                            | (bytes[27] & 0xFF) << 24;
            byte[] a = Arrays.copyOfRange(bytes, 8, 24);
            // Always an Inet6Address: a v4-mapped address stays AF_INET6; -1 means no scope id.
            InetAddress ip = Inet6Address.getByAddress(null, a, scope == 0 ? -1 : scope);
            return new InetSocketAddress(ip, port());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot happen for 4 or 16 bytes", e);
        }
    }

    /** Whether this UNIX-domain name has no path (an unnamed socket: length 2). */
    public boolean isUnnamed() {
        return family() == AddressFamily.AF_UNIX && length <= OFFSETOF_SUN_PATH;
    }

    /** Whether this UNIX-domain name is abstract (first path byte NUL, Linux). */
    public boolean isAbstract() {
        return family() == AddressFamily.AF_UNIX && length > OFFSETOF_SUN_PATH && bytes[OFFSETOF_SUN_PATH] == 0;
    }

    /**
     * The path of a UNIX-domain name: the bytes up to the first NUL or the length, in UTF-8;
     * for an abstract name, the bytes after the leading NUL, with {@code @} in front.
     */
    public String unixPath() {
        if (family() != AddressFamily.AF_UNIX) {
            throw new IllegalStateException("not a UNIX-domain name: " + this);
        }
        if (isAbstract()) {
            return "@"
                    + new String(bytes, OFFSETOF_SUN_PATH + 1, length - OFFSETOF_SUN_PATH - 1, StandardCharsets.UTF_8);
        }
        int end = OFFSETOF_SUN_PATH;
        while (end < length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, OFFSETOF_SUN_PATH, end - OFFSETOF_SUN_PATH, StandardCharsets.UTF_8);
    }

    private void requireInet() {
        int f = family();
        if (f != AddressFamily.AF_INET && f != AddressFamily.AF_INET6) {
            throw new IllegalStateException("not an Internet-domain name: " + this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sockaddr && ((Sockaddr) o).length == length && Arrays.equals(((Sockaddr) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The decoded name, then the length and the bytes in hex. */
    @Override
    public String toString() {
        return describe() + " len=" + length + " [" + Hex.of(bytes, length) + "]";
    }

    /** The decoded name alone: {@code AF_INET 127.0.0.1:80}, {@code AF_UNIX "/tmp/s"}. */
    public String describe() {
        int f = family();
        if (f == AddressFamily.AF_INET || f == AddressFamily.AF_INET6) {
            if (length < (f == AddressFamily.AF_INET ? SIZEOF_SOCKADDR_IN : 24)) {
                return AddressFamily.name(f) + " (short)";
            }
            InetSocketAddress a = toInetSocketAddress();
            return AddressFamily.name(f) + " " + a.getAddress().getHostAddress() + ":" + a.getPort();
        }
        if (f == AddressFamily.AF_UNIX) {
            return isUnnamed() ? "AF_UNIX (unnamed)" : "AF_UNIX \"" + unixPath() + "\"";
        }
        return AddressFamily.name(f);
    }
}
