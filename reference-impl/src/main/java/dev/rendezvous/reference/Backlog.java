package dev.rendezvous.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the backlog given to listen into what NIO can pass on.
 *
 * <p>Linux queues backlog + 1 connections and clamps the backlog to {@code net.core.somaxconn}
 * (a negative one, taken as unsigned, too). NIO's {@code bind(address, n)} uses 50 for any
 * n &le; 0, so it cannot express a backlog of 0. Hence:
 * <ul>
 *   <li>b &ge; 1: b, clamped to somaxconn (read once from {@code /proc/sys/net/core/somaxconn},
 *       4096 if unreadable) — the kernel would clamp it the same way;</li>
 *   <li>b = 0: 1, the smallest NIO can express (Linux would queue 1 connection, this queues 2);</li>
 *   <li>b &lt; 0: somaxconn, as Linux.</li>
 * </ul>
 */
final class Backlog {
    private static final int DEFAULT_SOMAXCONN = 4096;

    /** The kernel's limit on a backlog. */
    static final int SOMAXCONN = readSomaxconn();

    private Backlog() {}

    static int forNio(int backlog) {
        if (backlog < 0) {
            return SOMAXCONN;
        }
        if (backlog == 0) {
            return 1;
        }
        return Math.min(backlog, SOMAXCONN);
    }

    /** A sysctl file must be read in one read: a read at a later offset gives end of file. */
    private static int readSomaxconn() {
        byte[] buf = new byte[32];
        try (InputStream in = Files.newInputStream(Path.of("/proc/sys/net/core/somaxconn"))) {
            int n = in.read(buf);
            int v = Integer.parseInt(new String(buf, 0, Math.max(n, 0), StandardCharsets.US_ASCII).trim());
            return v > 0 ? v : DEFAULT_SOMAXCONN;
        } catch (IOException | NumberFormatException | SecurityException e) {
            return DEFAULT_SOMAXCONN;
        }
    }
}
