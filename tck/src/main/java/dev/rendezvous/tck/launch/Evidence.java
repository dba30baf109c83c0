package dev.rendezvous.tck.launch;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines a child JVM wrote that were not protocol: what the implementation printed before it went. */
final class Evidence {
    private static final int KEEP = 60;
    private final Deque<String> lines = new ArrayDeque<>();

    synchronized void add(String line) {
        if (lines.size() == KEEP) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized String text() {
        return String.join("\n", lines);
    }

    synchronized void clear() {
        lines.clear();
    }

    /** How a child's exit status reads: the code, and the signal when it was killed by one. */
    static String exit(int status) {
        if (status > 128 && status < 160) {
            int sig = status - 128;
            return "exit status " + status + " (killed by signal " + sig + signalName(sig) + ")";
        }
        return "exit status " + status;
    }

    private static String signalName(int sig) {
        switch (sig) {
            case 4:
                return ", SIGILL";
            case 6:
                return ", SIGABRT";
            case 9:
                return ", SIGKILL";
            case 11:
                return ", SIGSEGV";
            case 15:
                return ", SIGTERM";
            default:
                return "";
        }
    }
}
