package dev.rendezvous.tck.process;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of a child JVM that can load both the kit and the implementation under
 * test: the same {@code java}, the kit's class path, and the jars the implementation was
 * loaded from.
 */
public final class ChildJava {
    private ChildJava() {}

    /** The {@code java} executable of this JVM. */
    public static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path a child needs to load the kit and {@code stackClass}. */
    public static String classPath(Class<?> stackClass) {
        return classPath(classPathOf(stackClass));
    }

    /** The kit's class path and then {@code extra} entries. */
    public static String classPath(List<Path> extra) {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        for (Path p : extra) {
            entries.add(p.toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Where {@code c} was loaded from: its jar or directory, and the jars of its loader. */
    public static List<Path> classPathOf(Class<?> c) {
        List<Path> out = new ArrayList<>();
        for (String l : locations(c)) {
            out.add(Path.of(l));
        }
        return out;
    }

    private static List<String> locations(Class<?> c) {
        List<String> out = new ArrayList<>();
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        if (cs != null && cs.getLocation() != null) {
            out.add(path(cs.getLocation()));
        }
        ClassLoader l = c.getClassLoader();
        if (l instanceof URLClassLoader) {
            for (URL u : ((URLClassLoader) l).getURLs()) {
                out.add(path(u));
            }
        }
        return out;
    }

    private static String path(URL u) {
        try {
            return Path.of(u.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return u.getPath();
        }
    }

    /** {@code java -cp <this JVM's class path> OPTIONS… MAIN ARGUMENTS…}: a child JVM like this one. */
    public static List<String> command(List<String> options, String mainClass, List<String> arguments) {
        List<String> argv = new ArrayList<>(List.of(javaExecutable(), "-cp", classPath(List.of())));
        argv.addAll(options);
        argv.add(mainClass);
        argv.addAll(arguments);
        return argv;
    }

    /** {@code java -cp CP MAIN args…}, with the JVM kept small and quick to start. */
    public static List<String> command(Class<?> stackClass, Class<?> main, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.add(ParentWatch.parentOption());
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xmx64m");
        cmd.add("-cp");
        cmd.add(classPath(stackClass));
        cmd.add(main.getName());
        cmd.addAll(args);
        return cmd;
    }
}
