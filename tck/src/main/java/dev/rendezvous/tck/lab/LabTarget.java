package dev.rendezvous.tck.lab;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The destinations of the {@link NetworkLab}, one per way of making a blocking
 * {@code connect} fail, each with the errno it gives and how long it takes.
 *
 * <p>All addresses are documentation ranges and exist only inside the lab's namespace:
 * <ul>
 *   <li>{@code 192.0.2.0/24}, {@code 2001:db8::/64}: the lab's one link; the host is
 *       {@code .1} / {@code ::1}, the gateway {@code .254} / {@code ::fe}; nobody else
 *       answers on it;</li>
 *   <li>{@code 198.51.100.0/25}, {@code 2001:db8:1::/64}: no route at all;</li>
 *   <li>{@code 198.51.100.128/25}, {@code 2001:db8:2::/64}: routed via the gateway, which
 *       answers each SYN as its rule says (ICMP destination unreachable with a code, or a
 *       reset);</li>
 *   <li>{@code 203.0.113.64/26, .128/26, .192/26}, {@code 2001:db8:3::/64, :4::, :5::}:
 *       routes of type {@code unreachable}, {@code prohibit}, {@code blackhole}.</li>
 * </ul>
 * The errnos are those measured on Linux (see {@code tck/LAB.md}); a target that the
 * gateway answers is only offered when the lab's gateway runs ({@link #needsGateway()}).
 */
public enum LabTarget {
    NO_ROUTE_V4("198.51.100.1", Errno.ENETUNREACH, LabTiming.INSTANT, null, "no route to the destination"),
    UNREACHABLE_ROUTE_V4("203.0.113.65", Errno.EHOSTUNREACH, LabTiming.INSTANT, null, "route of type unreachable"),
    PROHIBIT_ROUTE_V4("203.0.113.129", Errno.EACCES, LabTiming.INSTANT, null, "route of type prohibit"),
    BLACKHOLE_ROUTE_V4("203.0.113.193", Errno.EINVAL, LabTiming.INSTANT, null, "route of type blackhole"),
    SILENT_HOST_V4("192.0.2.77", Errno.ETIMEDOUT, LabTiming.TIMEOUT, null, "on-link host that never answers"),
    ICMP_NET_UNREACHABLE_V4(
            "198.51.100.160",
            Errno.ENETUNREACH,
            LabTiming.ANSWERED,
            "unreach:0",
            "gateway answers ICMP destination unreachable, code 0 (net)"),
    ICMP_HOST_UNREACHABLE_V4(
            "198.51.100.161",
            Errno.EHOSTUNREACH,
            LabTiming.ANSWERED,
            "unreach:1",
            "gateway answers ICMP destination unreachable, code 1 (host)"),
    ICMP_PORT_UNREACHABLE_V4(
            "198.51.100.163",
            Errno.ECONNREFUSED,
            LabTiming.ANSWERED,
            "unreach:3",
            "gateway answers ICMP destination unreachable, code 3 (port)"),
    ICMP_HOST_UNKNOWN_V4(
            "198.51.100.167",
            Errno.EHOSTDOWN,
            LabTiming.ANSWERED,
            "unreach:7",
            "gateway answers ICMP destination unreachable, code 7 (host unknown)"),
    RESET_V4(
            "198.51.100.150",
            Errno.ECONNREFUSED,
            LabTiming.ANSWERED,
            "reset",
            "destination answers the SYN with a TCP reset"),

    NO_ROUTE_V6("2001:db8:1::1", Errno.ENETUNREACH, LabTiming.INSTANT, null, "no route to the destination"),
    UNREACHABLE_ROUTE_V6("2001:db8:3::1", Errno.EHOSTUNREACH, LabTiming.INSTANT, null, "route of type unreachable"),
    PROHIBIT_ROUTE_V6("2001:db8:4::1", Errno.EACCES, LabTiming.INSTANT, null, "route of type prohibit"),
    BLACKHOLE_ROUTE_V6("2001:db8:5::1", Errno.EINVAL, LabTiming.INSTANT, null, "route of type blackhole"),
    SILENT_HOST_V6("2001:db8::77", Errno.ETIMEDOUT, LabTiming.TIMEOUT, null, "on-link host that never answers"),
    ICMP6_NO_ROUTE_V6(
            "2001:db8:2::100",
            Errno.ENETUNREACH,
            LabTiming.ANSWERED,
            "unreach:0",
            "gateway answers ICMPv6 destination unreachable, code 0 (no route)"),
    ICMP6_ADMIN_PROHIBITED_V6(
            "2001:db8:2::101",
            Errno.EACCES,
            LabTiming.ANSWERED,
            "unreach:1",
            "gateway answers ICMPv6 destination unreachable, code 1 (prohibited)"),
    ICMP6_ADDRESS_UNREACHABLE_V6(
            "2001:db8:2::103",
            Errno.EHOSTUNREACH,
            LabTiming.ANSWERED,
            "unreach:3",
            "gateway answers ICMPv6 destination unreachable, code 3 (address)"),
    ICMP6_PORT_UNREACHABLE_V6(
            "2001:db8:2::104",
            Errno.ECONNREFUSED,
            LabTiming.ANSWERED,
            "unreach:4",
            "gateway answers ICMPv6 destination unreachable, code 4 (port)"),
    RESET_V6(
            "2001:db8:2::150",
            Errno.ECONNREFUSED,
            LabTiming.ANSWERED,
            "reset",
            "destination answers the SYN with a TCP reset");

    /** The port every target is connected on; nothing listens anywhere in the lab. */
    public static final int PORT = 9;

    private final String address;
    private final Errno errno;
    private final LabTiming timing;
    private final String gatewayAnswer;
    private final String how;

    LabTarget(String address, Errno errno, LabTiming timing, String gatewayAnswer, String how) {
        this.address = address;
        this.errno = errno;
        this.timing = timing;
        this.gatewayAnswer = gatewayAnswer;
        this.how = how;
    }

    /** The destination's address literal, e.g. {@code 198.51.100.1}. */
    public String address() {
        return address;
    }

    /** {@link AddressFamily#AF_INET} or {@link AddressFamily#AF_INET6}. */
    public int family() {
        return address.contains(":") ? AddressFamily.AF_INET6 : AddressFamily.AF_INET;
    }

    /** The destination with {@link #PORT}; the literal is parsed, never looked up. */
    public InetSocketAddress socketAddress() {
        try {
            return new InetSocketAddress(InetAddress.getByName(address), PORT);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address literal: " + address, e);
        }
    }

    /** The errnos a blocking {@code connect} to this target may fail with (measured on Linux). */
    public Set<Errno> expected() {
        return EnumSet.of(errno);
    }

    /** How long the failing {@code connect} takes. */
    public LabTiming timing() {
        return timing;
    }

    /** Why the connect fails, in words: {@code route of type unreachable}, … */
    public String how() {
        return how;
    }

    /** Whether the lab's gateway (the answering process) must run for this target to work. */
    public boolean needsGateway() {
        return gatewayAnswer != null;
    }

    /** The gateway's rule for this target ({@code unreach:CODE} or {@code reset}), if any. */
    Optional<String> gatewayAnswer() {
        return Optional.ofNullable(gatewayAnswer);
    }

    /** The targets that make a blocking connect fail with this errno. */
    public static List<LabTarget> provoking(Errno errno) {
        return Arrays.stream(values()).filter(t -> t.errno == errno).collect(Collectors.toList());
    }

    /** {@code NAME address:port → ERRNO (timing)}, for reports. */
    public String describe() {
        return name() + " " + (family() == AddressFamily.AF_INET6 ? "[" + address + "]" : address) + ":" + PORT + " → "
                + errno.name() + " " + timing.window() + ": " + how;
    }
}
