package dev.rendezvous.tck.process;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Ends a process of the kit's run as soon as the process that started it is gone, however it
 * went (also {@code kill -9}): the starting process names itself in {@value #PARENT_PID}, and a
 * process whose parent has ended is handed to another (init, or a subreaper), so a parent that
 * is no longer alive, or a parent other than the first, means it has ended. The watch looks every
 * {@value #EVERY_MS} ms from a daemon thread that waits between looks rather than blocking in a
 * system call: a thread blocked in one (a read of standard input) holds up the JVM's exit by a
 * third of a second.
 */
public final class ParentWatch {
    /** The exit status of a process whose parent is gone. */
    public static final int ORPHANED_STATUS = 129;

    /** The system property in which the starting process gives its pid. */
    public static final String PARENT_PID = "rendezvous.parent.pid";

    /** How often the watch looks at the parent. */
    static final long EVERY_MS = 100;

    private ParentWatch() {}

    /** The JVM option that names this process as the parent of the process it starts. */
    public static String parentOption() {
        return "-D" + PARENT_PID + "=" + ProcessHandle.current().pid();
    }

    /** Halts this JVM once the process that started it has ended. */
    public static void start() {
        long named = Long.getLong(PARENT_PID, -1);
        Optional<Long> first = parentPid();
        start(
                () -> (named < 0
                                || ProcessHandle.of(named)
                                        .map(ProcessHandle::isAlive)
                                        .orElse(false))
                        && first.isPresent()
                        && parentPid().equals(first),
                () -> Runtime.getRuntime().halt(ORPHANED_STATUS));
    }

    private static Optional<Long> parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid);
    }

    /**
     * Runs {@code onEnd} once {@code parentThere} says no, looking at once and then every
     * {@value #EVERY_MS} ms.
     *
     * @return the executor that looks; shut it down to stop the watch
     */
    static ScheduledExecutorService start(BooleanSupplier parentThere, Runnable onEnd) {
        ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rendezvous-parent-watch");
            t.setDaemon(true);
            return t;
        });
        looks.scheduleWithFixedDelay(
                () -> {
                    if (!parentThere.getAsBoolean()) {
                        looks.shutdown();
                        onEnd.run();
                    }
                },
                0,
                EVERY_MS,
                TimeUnit.MILLISECONDS);
        return looks;
    }
}
