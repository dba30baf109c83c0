package dev.rendezvous.tck.loading;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.wire.DriverFailure;
import dev.rendezvous.tck.wire.WireSocketStack;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the implementation under test: by class name, or as the one {@code META-INF/services} entry. */
public final class StackLoader {
    private StackLoader() {}

    /**
     * The class loader of an implementation given as jars (or directories): one over them whose
     * parent is {@code parent}; {@code parent} itself when there are none.
     *
     * @throws KitException naming a path that cannot be used
     */
    public static ClassLoader loaderOf(List<Path> jars, ClassLoader parent) {
        if (jars.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : jars) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new KitException("not a usable jar path: " + p);
            }
        }
        return new URLClassLoader("implementation", urls.toArray(URL[]::new), parent);
    }

    /**
     * Loads and instantiates the implementation.
     *
     * @param className the class to load, {@code driver:COMMAND} for a driver over the wire
     *     protocol, or null to look for exactly one service entry
     * @param loader where to look
     * @throws KitException naming what is wrong, in one sentence
     */
    public static SocketStack load(String className, ClassLoader loader) {
        if (className == null || className.isBlank()) {
            return fromServices(loader);
        }
        if (className.startsWith(WireSocketStack.REFERENCE_PREFIX)) {
            return driver(className.substring(WireSocketStack.REFERENCE_PREFIX.length()));
        }
        Class<?> c;
        try {
            c = Class.forName(className.trim(), true, loader);
        } catch (ExceptionInInitializerError e) {
            throw new KitException("the static initialiser of " + className + " threw " + e.getCause());
        } catch (NoClassDefFoundError e) {
            throw new KitException(className + " needs " + e.getMessage().replace('/', '.')
                    + ", which is not on the class path: " + e);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new KitException("no implementation class " + className + " on the class path");
        }
        if (!SocketStack.class.isAssignableFrom(c)) {
            throw new KitException(className + " does not implement " + SocketStack.class.getName());
        }
        try {
            return (SocketStack) c.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new KitException(className + " has no public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new KitException("the constructor of " + className + " failed: " + e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new KitException("cannot instantiate " + className + ": " + e);
        }
    }

    /** A driver started from its command line, over the wire protocol. */
    private static SocketStack driver(String command) {
        try {
            return WireSocketStack.start(command);
        } catch (DriverFailure | IllegalArgumentException e) {
            throw new KitException(e.getMessage());
        }
    }

    private static SocketStack fromServices(ClassLoader loader) {
        List<SocketStack> found = new ArrayList<>();
        try {
            for (SocketStack s : ServiceLoader.load(SocketStack.class, loader)) {
                found.add(s);
            }
        } catch (ServiceConfigurationError e) {
            throw new KitException(
                    "a META-INF/services entry for " + SocketStack.class.getName() + " is broken: " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw new KitException("no implementation named and no META-INF/services entry for "
                    + SocketStack.class.getName() + " on the class path");
        }
        if (found.size() > 1) {
            List<String> names = new ArrayList<>();
            found.forEach(s -> names.add(s.getClass().getName()));
            throw new KitException(
                    "several implementations on the class path (" + String.join(", ", names) + "); name one");
        }
        return found.get(0);
    }
}
