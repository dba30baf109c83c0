package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.SocketStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every deliberately broken implementation in this package: the classes annotated with {@link Breaks}. */
public final class Mutants {
    private Mutants() {}

    /** The mutant classes, sorted by the clause they break, then by name. */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends SocketStack>> all() {
        List<Class<? extends SocketStack>> out = new ArrayList<>();
        Path dir;
        try {
            dir = Path.of(Mutants.class.getResource("Mutants.class").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".class") || file.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName(Mutants.class.getPackageName() + "." + file.substring(0, file.length() - 6));
                if (c.isAnnotationPresent(Breaks.class) && SocketStack.class.isAssignableFrom(c)) {
                    out.add((Class<? extends SocketStack>) c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        out.sort(Comparator.comparing((Class<? extends SocketStack> c) ->
                        c.getAnnotation(Breaks.class).value())
                .thenComparing(Class::getSimpleName));
        return out;
    }
}
