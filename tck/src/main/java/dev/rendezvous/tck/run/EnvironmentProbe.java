package dev.rendezvous.tck.run;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds out, before the run, what this machine can provoke: IPv6 loopback, UNIX-domain paths,
 * the operating system and Java. Recorded in the results' {@code environment}.
 */
public final class EnvironmentProbe {
    private EnvironmentProbe() {}

    /** What the probe found, by name. */
    public static Map<String, Object> probe(Path unixDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        m.put("processors", Runtime.getRuntime().availableProcessors());
        m.put("ipv4Loopback", canBind(new InetSocketAddress("127.0.0.1", 0)));
        m.put("ipv6Loopback", canBind(new InetSocketAddress("::1", 0)));
        m.put("unixDomain", canBindUnix(unixDir));
        m.put("unixDir", unixDir.toString());
        return m;
    }

    private static boolean canBind(InetSocketAddress a) {
        try (ServerSocketChannel s = ServerSocketChannel.open()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(a.getHostString()), 0), 1);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean canBindUnix(Path dir) {
        Path p = dir.resolve("probe");
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            s.bind(UnixDomainSocketAddress.of(p), 1);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the directory is removed after the run anyway
            }
        }
    }
}
