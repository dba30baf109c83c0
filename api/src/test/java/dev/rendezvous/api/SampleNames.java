package dev.rendezvous.api;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Names of every family and shape that the api's tests run through the codecs and the buffer. */
final class SampleNames {
    private SampleNames() {}

    static final int PORT = 8080;

    static Sockaddr ipv4Loopback() {
        return Sockaddr.inet(ip("127.0.0.1"), PORT);
    }

    static Sockaddr ipv6Loopback() {
        return Sockaddr.inet(ip("::1"), PORT);
    }

    static Sockaddr ipv6LinkLocal(int scopeId) {
        try {
            return Sockaddr.inet(Inet6Address.getByAddress(null, ip("fe80::1").getAddress(), scopeId), PORT);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static Sockaddr unixPath() {
        return Sockaddr.unix("/tmp/rendezvous.sock");
    }

    /** A path of {@code bytes} ASCII bytes. */
    static String asciiPath(int bytes) {
        return "/" + "p".repeat(bytes - 1);
    }

    /** An abstract UNIX-domain name as Linux gives it back: NUL, then the name, no NUL after. */
    static Sockaddr abstractUnix(String name) {
        byte[] b = new byte[Sockaddr.OFFSETOF_SUN_PATH + 1 + name.length()];
        b[0] = AddressFamily.AF_UNIX;
        System.arraycopy(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 3, name.length());
        return Sockaddr.decode(b);
    }

    /** One name of each family and each size the value-result rules must hold for. */
    static List<Sockaddr> everyShape() {
        return List.of(
                ipv4Loopback(),
                ipv6Loopback(),
                ipv6LinkLocal(7),
                unixPath(),
                Sockaddr.unix(asciiPath(107)),
                Sockaddr.unnamedUnix(),
                abstractUnix("kit"));
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
