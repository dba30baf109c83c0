package dev.rendezvous.tck.lab;

import java.time.Duration;

/**
 * How long a blocking {@code connect} to a {@link LabTarget} takes before it fails: the
 * window a check accepts, lower bound included, upper bound excluded.
 */
public enum LabTiming {
    /** The error is known at once (a route, or an answer to the first SYN): under one second. */
    INSTANT(Duration.ZERO, Duration.ofSeconds(1)),
    /**
     * The lab's gateway answers the SYN (ICMP error or reset): a few milliseconds. Should an
     * ICMP error reach the kernel while the connecting call still holds its socket, Linux
     * keeps it only as a soft error; the gateway's answer to the SYN's retransmission, 1 s
     * later, then ends the connect. So up to 2 s is accepted.
     */
    ANSWERED(Duration.ZERO, Duration.ofSeconds(2)),
    /**
     * The SYN goes unanswered: with the lab's {@code net.ipv4.tcp_syn_retries=1} the kernel
     * gives up after the SYN and one retransmission, about 3 s (1 s + 2 s); 2 to 8 s accepted.
     */
    TIMEOUT(Duration.ofSeconds(2), Duration.ofSeconds(8));

    private final Duration min;
    private final Duration max;

    LabTiming(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    /** The shortest accepted duration (included). */
    public Duration min() {
        return min;
    }

    /** The longest accepted duration (excluded). */
    public Duration max() {
        return max;
    }

    /** Whether a measured duration lies in this window. */
    public boolean contains(Duration measured) {
        return measured.compareTo(min) >= 0 && measured.compareTo(max) < 0;
    }

    /** The window as text, e.g. {@code [2 s, 8 s)}. */
    public String window() {
        return "[" + text(min) + ", " + text(max) + ")";
    }

    private static String text(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
