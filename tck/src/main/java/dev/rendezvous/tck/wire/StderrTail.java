package dev.rendezvous.tck.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines a driver wrote to its standard error: evidence when it fails. */
final class StderrTail {
    static final int LINES = 20;

    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread pump;

    StderrTail(InputStream stderr, String threadName) {
        pump = new Thread(() -> read(stderr), threadName);
        pump.setDaemon(true);
        pump.start();
    }

    private void read(InputStream stderr) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                add(line);
            }
        } catch (IOException ignored) {
            // the driver is gone; what was read is the evidence
        }
    }

    private synchronized void add(String line) {
        if (lines.size() == LINES) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    /**
     * The lines so far, after waiting up to {@code millis} (when positive) for the driver's end of
     * standard error.
     */
    String text(long millis) {
        try {
            if (millis > 0) {
                pump.join(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return lines.isEmpty() ? "(nothing on standard error)" : String.join(" | ", lines);
        }
    }
}
