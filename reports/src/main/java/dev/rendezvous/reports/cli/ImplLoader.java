package dev.rendezvous.reports.cli;

import dev.rendezvous.tck.loading.StackLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Makes the class loader an implementation is loaded from: the kit's own, plus the jars given with {@code --impl-jar}. */
public final class ImplLoader {
    private ImplLoader() {}

    /**
     * The jars (or class directories) of an {@code --impl-jar} value: paths separated by the
     * platform's path separator.
     *
     * @throws UsageException naming the first that is neither a readable jar nor a directory
     */
    public static List<Path> jars(String value) {
        List<Path> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            Path p = Path.of(part).toAbsolutePath();
            if (Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw new UsageException("no such jar: " + part);
            }
            requireJar(p, part);
            out.add(p);
        }
        return out;
    }

    private static void requireJar(Path p, String given) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(p.toFile())) {
            jar.size();
        } catch (java.io.IOException e) {
            throw new UsageException(
                    "not a jar: " + given + " (a jar is a zip file of classes: " + e.getMessage() + ")");
        }
    }

    /** A loader over {@code jars} whose parent is the kit's loader, as the kit's own run makes it; the kit's loader itself when there are none. */
    public static ClassLoader of(List<Path> jars) {
        return StackLoader.loaderOf(jars, ImplLoader.class.getClassLoader());
    }

    /**
     * The one implementation the jars declare in {@code META-INF/services/dev.rendezvous.api.SocketStack}.
     *
     * @throws UsageException when they declare none or several
     */
    public static String serviceEntry(List<Path> jars) {
        List<String> found = new ArrayList<>();
        for (Path p : jars) {
            found.addAll(classNames(serviceFile(p)));
        }
        if (found.size() != 1) {
            throw new UsageException(
                    found.isEmpty()
                            ? "the jars given with --impl-jar declare no " + SERVICE
                                    + " entry; name the class with --impl"
                            : "the jars given with --impl-jar declare several implementations ("
                                    + String.join(", ", found) + "); name one with --impl");
        }
        return found.get(0);
    }

    private static final String SERVICE = "META-INF/services/dev.rendezvous.api.SocketStack";

    /** The text of the service file in the jar or directory {@code p}; empty when it has none. */
    private static String serviceFile(Path p) {
        try {
            if (Files.isDirectory(p)) {
                Path f = p.resolve(SERVICE);
                return Files.isRegularFile(f) ? Files.readString(f) : "";
            }
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(p.toFile())) {
                java.util.jar.JarEntry e = jar.getJarEntry(SERVICE);
                return e == null
                        ? ""
                        : new String(jar.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read " + p + ": " + e.getMessage());
        }
    }

    private static List<String> classNames(String serviceFile) {
        List<String> out = new ArrayList<>();
        for (String line : serviceFile.split("\\R")) {
            String name = line.replaceAll("#.*", "").trim();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The class {@code name} from {@code loader}, not initialised.
     *
     * @throws UsageException when there is no such class there
     */
    public static Class<?> find(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new UsageException(
                    "no implementation class " + name + " on the class path (give its jar with --impl-jar)");
        } catch (LinkageError e) {
            throw new UsageException("cannot load implementation class " + name + ": " + e);
        }
    }
}
