package dev.rendezvous.reference;

import com.sun.management.UnixOperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the JVM holds open right now: file descriptors (two ways) and live threads. */
record OpenFiles(long byMxBean, long inProc, int threads) {

    static OpenFiles now() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long mx = os instanceof UnixOperatingSystemMXBean
                ? ((UnixOperatingSystemMXBean) os).getOpenFileDescriptorCount()
                : -1;
        long proc;
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            proc = fds.count();
        } catch (IOException e) {
            proc = -1;
        }
        return new OpenFiles(mx, proc, Thread.activeCount());
    }
}
