package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.tck.results.ShellWord;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line that re-runs a failure's counterexample exactly, ready to copy into a shell in
 * any directory: the kit's jar and the implementation's jars by the absolute paths the run
 * recorded.
 */
public final class ReplayCommand {
    /** Where the build puts the runnable jar, relative to the project's root: named when the run did not record its jar. */
    public static final String JAR = "reports/target/rendezvous.jar";

    private ReplayCommand() {}

    /** The replay command for {@code clause} of {@code results}, if the clause has a replay token. */
    public static Optional<String> of(Results results, ClauseOutcome clause) {
        if (clause.replay() == null || clause.replay().isBlank()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("java -jar ")
                .append(ShellWord.of(kitJar(results)))
                .append(" run");
        String implementation = results.implementation().className();
        if (implementation.startsWith(RunOptions.DRIVER_PREFIX)) {
            b.append(" --driver ").append(ShellWord.of(implementation.substring(RunOptions.DRIVER_PREFIX.length())));
        } else {
            b.append(" --impl ").append(ShellWord.of(implementation));
        }
        List<String> jars = new ArrayList<>();
        if (results.provenance() != null) {
            JarDigest kit = results.provenance().kitJar();
            for (JarDigest j : results.provenance().implementationJars()) {
                boolean classes = j.path().endsWith(".jar") || Files.isDirectory(Path.of(j.path()));
                if (classes && (kit == null || !kit.path().equals(j.path()))) {
                    jars.add(j.path());
                }
            }
        }
        if (!jars.isEmpty()) {
            b.append(" --impl-jar ").append(ShellWord.of(String.join(java.io.File.pathSeparator, jars)));
        }
        b.append(" --replay ").append(ShellWord.of(clause.replay()));
        return Optional.of(b.toString());
    }

    /** The kit's jar the run recorded, by its absolute path; {@link #JAR} when it ran from elsewhere. */
    private static String kitJar(Results results) {
        JarDigest kit =
                results.provenance() == null ? null : results.provenance().kitJar();
        if (kit != null && kit.path().endsWith(".jar") && Path.of(kit.path()).isAbsolute()) {
            return kit.path();
        }
        return JAR;
    }
}
