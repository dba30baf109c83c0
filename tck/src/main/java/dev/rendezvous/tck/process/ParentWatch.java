package dev.rendezvous.tck.process;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a process of the kit's run as soon as the process that started it is gone, however it
 * went (also {@code kill -9}): the process's standard input is a pipe whose only writing end
 * its parent holds, so the end of that input means the parent has ended.
 */
public final class ParentWatch {
    /** The exit status of a process whose parent is gone. */
    public static final int ORPHANED_STATUS = 129;

    private ParentWatch() {}

    /** Halts this JVM once its standard input ends. */
    public static void start() {
        start(System.in, () -> Runtime.getRuntime().halt(ORPHANED_STATUS));
    }

    /** Runs {@code onEnd} on a daemon thread once {@code in} ends (or fails). */
    static Thread start(InputStream in, Runnable onEnd) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[256];
                    try {
                        while (in.read(buffer) >= 0) {
                            // the parent writes nothing; whatever comes is ignored
                        }
                    } catch (IOException e) {
                        // a broken pipe ends it as well
                    }
                    onEnd.run();
                },
                "rendezvous-parent-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
