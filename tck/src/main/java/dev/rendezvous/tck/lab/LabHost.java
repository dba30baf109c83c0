package dev.rendezvous.tck.lab;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The lab host's own addresses on the lab's link (lab-setup.sh gives them to {@code rdv-host}),
 * beside loopback: where a server inside the lab bound to the wildcard address is reached.
 */
public final class LabHost {
    /** The host's IPv4 address on the lab's link. */
    public static final String V4 = "192.0.2.1";
    /** The host's IPv6 address on the lab's link (only where the lab has IPv6). */
    public static final String V6 = "2001:db8::1";

    private LabHost() {}

    /** The address of the family (an {@code AF_} number). */
    public static InetAddress address(int family) {
        try {
            return InetAddress.getByName(family == dev.rendezvous.api.AddressFamily.AF_INET6 ? V6 : V4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
