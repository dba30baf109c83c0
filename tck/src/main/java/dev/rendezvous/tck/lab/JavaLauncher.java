package dev.rendezvous.tck.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a child JVM like this one: the same {@code java} and class path. */
final class JavaLauncher {
    private JavaLauncher() {}

    /** {@code java -cp CLASSPATH OPTIONS… MAIN ARGUMENTS…}. */
    static List<String> command(List<String> options, String mainClass, List<String> arguments) {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> argv = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        argv.addAll(options);
        argv.add(mainClass);
        argv.addAll(arguments);
        return argv;
    }
}
