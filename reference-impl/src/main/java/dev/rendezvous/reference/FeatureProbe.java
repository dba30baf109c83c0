package dev.rendezvous.reference;

import dev.rendezvous.api.Feature;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds out once per JVM what this machine lets the reference implementation claim: IPv4,
 * non-blocking mode and cross-process reach always; IPv6 only if a socket can be bound to
 * {@code ::1}; the UNIX domain only if NIO can open a UNIX-domain socket channel.
 */
final class FeatureProbe {
    private static final Set<Feature> FEATURES = probe();

    private FeatureProbe() {}

    static Set<Feature> features() {
        return FEATURES;
    }

    private static Set<Feature> probe() {
        EnumSet<Feature> f = EnumSet.of(Feature.INET, Feature.NONBLOCKING, Feature.CROSS_PROCESS);
        if (ipv6LoopbackUsable()) {
            f.add(Feature.INET6);
        }
        if (unixDomainUsable()) {
            f.add(Feature.UNIX);
        }
        return Collections.unmodifiableSet(f);
    }

    private static boolean ipv6LoopbackUsable() {
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.INET6)) {
            s.bind(new InetSocketAddress(InetDomain.V6.loopback(), 0), 1);
            return InetDomain.V6.loopback() instanceof Inet6Address;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean unixDomainUsable() {
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return c.isOpen();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
