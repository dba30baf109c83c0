package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.tck.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line that re-runs a failure's counterexample exactly, ready to copy. */
public final class ReplayCommand {
    /** Where the build puts the runnable jar, relative to the project's root. */
    public static final String JAR = "reports/target/rendezvous.jar";

    private ReplayCommand() {}

    /** The replay command for {@code clause} of {@code results}, if the clause has a replay token. */
    public static Optional<String> of(Results results, ClauseOutcome clause) {
        if (clause.replay() == null || clause.replay().isBlank()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("java -jar ").append(JAR).append(" run");
        String implementation = results.implementation().className();
        if (implementation.startsWith(RunOptions.DRIVER_PREFIX)) {
            b.append(" --driver ").append(shellWord(implementation.substring(RunOptions.DRIVER_PREFIX.length())));
        } else {
            b.append(" --impl ").append(shellWord(implementation));
        }
        List<String> jars = new ArrayList<>();
        if (results.provenance() != null) {
            JarDigest kit = results.provenance().kitJar();
            for (JarDigest j : results.provenance().implementationJars()) {
                if (j.path().endsWith(".jar") && (kit == null || !kit.path().equals(j.path()))) {
                    jars.add(j.path());
                }
            }
        }
        if (!jars.isEmpty()) {
            b.append(" --impl-jar ").append(shellWord(String.join(java.io.File.pathSeparator, jars)));
        }
        b.append(" --replay ").append(shellWord(clause.replay()));
        return Optional.of(b.toString());
    }

    /** {@code s} as one word for a POSIX shell: as is when it is plain, else single-quoted. */
    public static String shellWord(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:=,+@%-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
