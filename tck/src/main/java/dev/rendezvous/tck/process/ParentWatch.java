package dev.rendezvous.tck.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Ends a process of the kit's run as soon as the process that started it is gone, however it
 * went (also {@code kill -9}): the process's standard input is a pipe whose only writing end
 * its parent holds, so the end of that input means the parent has ended. What the parent writes
 * on it before then, line by line, goes to whoever listens.
 */
public final class ParentWatch {
    /** The exit status of a process whose parent is gone. */
    public static final int ORPHANED_STATUS = 129;

    private ParentWatch() {}

    /** Halts this JVM once its standard input ends; the lines before are ignored. */
    public static void start() {
        start(line -> {});
    }

    /** Halts this JVM once its standard input ends; each line before goes to {@code onLine}. */
    public static void start(Consumer<String> onLine) {
        start(System.in, onLine, () -> Runtime.getRuntime().halt(ORPHANED_STATUS));
    }

    /** Runs {@code onEnd} on a daemon thread once {@code in} ends (or fails); the lines before go to {@code onLine}. */
    static Thread start(InputStream in, Consumer<String> onLine, Runnable onEnd) {
        Thread t = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            onLine.accept(line);
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
