package dev.rendezvous.reports.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Makes the class loader an implementation is loaded from: the kit's own, plus the jars given with {@code --impl-jar}. */
public final class ImplLoader {
    private ImplLoader() {}

    /**
     * The jars of an {@code --impl-jar} value: paths separated by the platform's path separator.
     *
     * @throws UsageException naming the first that is not a readable file
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
            Path p = Path.of(part);
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw new UsageException("no such jar: " + part);
            }
            out.add(p);
        }
        return out;
    }

    /** A loader over {@code jars} whose parent is the kit's loader; the kit's loader itself when there are none. */
    public static ClassLoader of(List<Path> jars) {
        ClassLoader parent = ImplLoader.class.getClassLoader();
        if (jars.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : jars) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("not a usable jar path: " + p);
            }
        }
        return new URLClassLoader("implementation", urls.toArray(URL[]::new), parent);
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
            throw new UsageException("no implementation class " + name
                    + " on the class path (give its jar with --impl-jar)");
        } catch (LinkageError e) {
            throw new UsageException("cannot load implementation class " + name + ": " + e);
        }
    }
}
