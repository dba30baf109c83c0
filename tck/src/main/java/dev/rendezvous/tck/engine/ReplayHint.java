package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.results.ShellWord;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;

/**
 * How a reader of a failed test re-runs exactly its case, from any directory: the Maven command
 * that runs the vendor's suite again with {@code -Drendezvous.replay=TOKEN}, and the same case
 * through the kit's command line.
 */
record ReplayHint(
        Optional<String> suiteClass, Optional<Path> pom, Optional<String> stackClass, Optional<Path> stackPath) {
    /** Surefire sets this system property to the project's directory. */
    static final String BASEDIR = "basedir";

    /** No suite, no project, no implementation known: only the parameter's name is shown. */
    static final ReplayHint NONE =
            new ReplayHint(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** The hint for a run whose root is {@code root}, of the implementation class {@code stackClass}. */
    static ReplayHint of(UniqueId root, String stackClass) {
        Optional<String> suite = root.getSegments().stream()
                .filter(s -> s.getType().equals("suite"))
                .map(UniqueId.Segment::getValue)
                .findFirst();
        String dir = System.getProperty(BASEDIR, System.getProperty("user.dir"));
        Optional<Path> pom =
                Optional.of(Paths.get(dir).toAbsolutePath().resolve("pom.xml")).filter(Files::isRegularFile);
        return new ReplayHint(suite, pom, Optional.ofNullable(stackClass), codeSource(stackClass));
    }

    private static Optional<Path> codeSource(String className) {
        if (className == null) {
            return Optional.empty();
        }
        try {
            Class<?> c = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            CodeSource source = c.getProtectionDomain().getCodeSource();
            return source == null
                    ? Optional.empty()
                    : Optional.of(Paths.get(source.getLocation().toURI()));
        } catch (ClassNotFoundException | LinkageError | URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The lines that tell how to replay {@code token}. */
    String lines(String token) {
        String param = "-D" + ConfigKeys.REPLAY + "=" + token;
        StringBuilder s = new StringBuilder("replay: ").append(token);
        if (suiteClass.isPresent() && pom.isPresent()) {
            String simple = suiteClass.get().substring(suiteClass.get().lastIndexOf('.') + 1);
            s.append("\n  with Maven: mvn -f ")
                    .append(ShellWord.of(pom.get().toString()))
                    .append(" test -Dtest=")
                    .append(simple)
                    .append(' ')
                    .append(ShellWord.of(param));
        } else {
            s.append("\n  in this build: set ").append(param).append(" for the test JVM");
        }
        if (stackClass.isPresent()) {
            s.append("\n  with the kit's command line: java -jar rendezvous.jar run --impl ")
                    .append(stackClass.get());
            stackPath.ifPresent(p -> s.append(" --impl-jar ").append(ShellWord.of(p.toString())));
            s.append(" --replay ").append(ShellWord.of(token));
        }
        return s.toString();
    }
}
