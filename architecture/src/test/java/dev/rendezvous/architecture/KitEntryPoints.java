package dev.rendezvous.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.launch.IsolatedRunner;
import dev.rendezvous.tck.launch.KitRunner;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.loading.StackLoader;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The documented entry points of the kit (module {@code tck}) for the module {@code reports}.
 *
 * <ul>
 *   <li>the whole packages {@code dev.rendezvous.tck.catalogue} (the clauses and the contract's text)
 *       and {@code dev.rendezvous.tck.results} (what a run produces and its JSON form): the data
 *       that reports read and render;
 *   <li>in {@code dev.rendezvous.tck.launch}: {@link KitRunner} (starts a run in this JVM) and
 *       {@link IsolatedRunner} (the same run with the implementation in child JVMs);
 *   <li>in {@code dev.rendezvous.tck.run}: {@link RunOptions} and {@link RunProgress} (what a run
 *       tells while it goes);
 *   <li>in {@code dev.rendezvous.tck.loading}: {@link KitException} (a run that cannot start), {@link KitInternalError} (a run the kit itself failed) and
 *       {@link StackLoader} (the class loader over an implementation's jars, as a run makes it);
 *   <li>{@link Knobs} (in {@code dev.rendezvous.tck.check}): the defaults and limits of the run's
 *       timing knobs, shown in the help.
 * </ul>
 *
 * <p>Anything else in the kit is internal to it; a new entry point is added here, on purpose.
 */
final class KitEntryPoints {

    static final List<String> PACKAGES = List.of("dev.rendezvous.tck.catalogue", "dev.rendezvous.tck.results");

    static final List<Class<?>> CLASSES = List.of(
            KitRunner.class,
            RunOptions.class,
            RunProgress.class,
            KitException.class,
            StackLoader.class,
            KitInternalError.class,
            IsolatedRunner.class,
            Knobs.class);

    private KitEntryPoints() {}

    /** True for a class of the kit that reports may use: see the class comment. */
    static DescribedPredicate<JavaClass> entryPoint() {
        return DescribedPredicate.describe(description(), KitEntryPoints::isEntryPoint);
    }

    private static boolean isEntryPoint(JavaClass type) {
        JavaClass outermost = outermost(type);
        return PACKAGES.contains(outermost.getPackageName()) || CLASSES.stream().anyMatch(outermost::isEquivalentTo);
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type.getBaseComponentType();
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static String description() {
        String classes = CLASSES.stream().map(Class::getName).collect(Collectors.joining(", "));
        return "a documented entry point of the kit (packages " + String.join(", ", PACKAGES) + "; classes " + classes
                + ")";
    }
}
