package dev.rendezvous.tck.check;

import java.util.ArrayList;
import java.util.List;

/** The calls of one case with their outcomes, in the order they returned; thread-safe. */
public final class Trace {
    private final List<String> lines = new ArrayList<>();

    /** Adds one line. */
    public synchronized void add(String line) {
        lines.add(line);
    }

    /** A copy of the lines so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
