package dev.rendezvous.tck.labrun;

import dev.rendezvous.tck.lab.LabDescription;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The processes of the labs this JVM made, as its descendants show them: the keeper
 * ({@code sh -c … lab-keeper …}), the gateway (its arguments name {@code rdv-gateway}), and the
 * JVMs run inside a lab (they carry {@code -Drendezvous.lab=}).
 */
final class LabProcesses {
    private static final String INSIDE = "-D" + LabDescription.PROPERTY + "=";

    private LabProcesses() {}

    /** Whether a JVM inside a lab is running now. */
    static boolean insideLabRunning() {
        return ProcessHandle.current()
                .descendants()
                .anyMatch(p -> p.isAlive() && commandLine(p).contains(INSIDE));
    }

    /** Every process of a lab still running, in words (pid and command line); empty when none is. */
    static List<String> running() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> {
                    String line = commandLine(p);
                    return line.contains(INSIDE) || line.contains("lab-keeper") || line.contains("rdv-");
                })
                .map(p -> p.pid() + ": " + commandLine(p))
                .collect(Collectors.toList());
    }

    private static String commandLine(ProcessHandle p) {
        ProcessHandle.Info info = p.info();
        return info.command().orElse("") + " "
                + String.join(" ", info.arguments().orElse(new String[0]));
    }
}
