package dev.rendezvous.reference;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;

/**
 * The local address an unbound Internet socket is bound to, with port 0, just before it
 * connects — the reference implementation's stand-in for the kernel's automatic bind (see
 * {@link NameKeeper} for why the name must be known before the connect). Never the wildcard
 * address.
 *
 * <ul>
 *   <li>A loopback destination: the loopback address (127.0.0.1, or ::1; an IPv6 socket
 *       connecting to an IPv4 loopback address takes 127.0.0.1, which NIO writes as
 *       {@code ::ffff:127.0.0.1}). This is the address the kernel would pick.</li>
 *   <li>Any other destination (e.g. a documentation-range address in a network namespace the
 *       kit made): the source address the kernel's routing picks for it, learnt from a
 *       connected datagram channel (connecting one sends nothing). A loopback source would not
 *       do: Linux refuses to send from 127.0.0.1 through any other device (EINVAL).</li>
 *   <li>No route: {@code null}; the socket then connects unbound and gets the route's error,
 *       as the kernel's automatic bind comes after the route lookup.</li>
 * </ul>
 */
final class AutoBindSource {
    private static final int ANY_PORT_FOR_PROBE = 9;

    private AutoBindSource() {}

    static InetAddress forDestination(InetDomain domain, InetSocketAddress destination) {
        InetAddress to = destination.getAddress();
        if (to.isLoopbackAddress()) {
            return to instanceof Inet4Address ? InetDomain.V4.loopback() : domain.loopback();
        }
        int port = destination.getPort() == 0 ? ANY_PORT_FOR_PROBE : destination.getPort();
        try (DatagramChannel probe = DatagramChannel.open(domain.protocolFamily())) {
            probe.connect(new InetSocketAddress(to, port));
            return ((InetSocketAddress) probe.getLocalAddress()).getAddress();
        } catch (IOException e) {
            return null;
        }
    }
}
