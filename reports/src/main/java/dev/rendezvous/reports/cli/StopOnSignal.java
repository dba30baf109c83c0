package dev.rendezvous.reports.cli;

import java.io.PrintStream;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM end the command line with one line saying what happened and what was (not)
 * written; the run's child processes (the implementation's JVMs, the network lab's keeper,
 * gateway and JVM) are ended at once.
 */
final class StopOnSignal {
    private StopOnSignal() {}

    /** Handles SIGINT and SIGTERM for the rest of this JVM's life, printing to {@code err}. */
    static void install(PrintStream err) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> stop(s, err));
            } catch (IllegalArgumentException e) {
                // a JVM that keeps the signal for itself (-Xrs): its default handling stands
            }
        }
    }

    private static void stop(Signal signal, PrintStream err) {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
        err.println("rendezvous: stopped by SIG" + signal.getName() + " " + RunState.describe());
        err.flush();
        System.exit(128 + signal.getNumber());
    }
}
