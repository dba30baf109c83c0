package dev.rendezvous.tck.harness;

import java.util.List;

/** What a hung case left: which call did not return, and where every thread of the case stood. */
final class Hang {
    private Hang() {}

    /** A thread dump of {@code threads}: name, state and stack of each. */
    static String dump(List<Thread> threads) {
        StringBuilder s = new StringBuilder();
        for (Thread t : threads) {
            s.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
            for (StackTraceElement e : t.getStackTrace()) {
                s.append("    at ").append(e).append('\n');
            }
        }
        return s.toString();
    }
}
