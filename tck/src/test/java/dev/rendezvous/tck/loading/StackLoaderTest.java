package dev.rendezvous.tck.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the implementation under test, and saying in one sentence why it cannot be. */
class StackLoaderTest {
    private final ClassLoader loader = getClass().getClassLoader();

    /** An implementation whose constructor fails. */
    public static class ThrowsInConstructor extends ForwardingStack {
        public ThrowsInConstructor() {
            throw new IllegalStateException("no licence");
        }
    }

    /** An implementation without a no-argument constructor. */
    public static class NeedsAnArgument extends ForwardingStack {
        public NeedsAnArgument(int ignored) {}
    }

    /** An implementation that cannot be instantiated. */
    public abstract static class Abstract extends ForwardingStack {
        public Abstract() {}
    }

    @Test
    void a_named_class_is_loaded_and_instantiated() {
        assertThat(StackLoader.load(" " + NioSocketStack.class.getName() + " ", loader))
                .isInstanceOf(NioSocketStack.class);
    }

    @Test
    void without_a_name_the_one_service_entry_is_loaded() {
        assertThat(StackLoader.load(null, loader)).isInstanceOf(NioSocketStack.class);
        assertThat(StackLoader.load("  ", loader)).isInstanceOf(NioSocketStack.class);
    }

    @Test
    void what_is_wrong_with_a_named_class_is_said_in_one_sentence() {
        assertThatThrownBy(() -> StackLoader.load("com.example.Missing", loader))
                .isInstanceOf(KitException.class)
                .hasMessage("no implementation class com.example.Missing on the class path");
        assertThatThrownBy(() -> StackLoader.load(String.class.getName(), loader))
                .isInstanceOf(KitException.class)
                .hasMessage("java.lang.String does not implement " + SocketStack.class.getName());
        assertThatThrownBy(() -> StackLoader.load(NeedsAnArgument.class.getName(), loader))
                .isInstanceOf(KitException.class)
                .hasMessage(NeedsAnArgument.class.getName() + " has no public no-argument constructor");
        assertThatThrownBy(() -> StackLoader.load(ThrowsInConstructor.class.getName(), loader))
                .isInstanceOf(KitException.class)
                .hasMessage("the constructor of " + ThrowsInConstructor.class.getName()
                        + " failed: java.lang.IllegalStateException: no licence");
        assertThatThrownBy(() -> StackLoader.load(Abstract.class.getName(), loader))
                .isInstanceOf(KitException.class)
                .hasMessageStartingWith("cannot instantiate " + Abstract.class.getName() + ": ");
    }

    @Test
    void no_service_entry_is_one_clear_error() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> StackLoader.load(null, empty))
                    .isInstanceOf(KitException.class)
                    .hasMessage("no implementation named and no META-INF/services entry for "
                            + SocketStack.class.getName() + " on the class path");
        }
    }

    @Test
    void several_service_entries_are_named(@TempDir Path dir) throws IOException {
        services(dir, Other.class.getName());
        try (URLClassLoader more = new URLClassLoader(new URL[] {dir.toUri().toURL()}, loader)) {
            assertThatThrownBy(() -> StackLoader.load(null, more))
                    .isInstanceOf(KitException.class)
                    .hasMessageStartingWith("several implementations on the class path (")
                    .hasMessageContaining(NioSocketStack.class.getName())
                    .hasMessageContaining(Other.class.getName())
                    .hasMessageEndingWith("); name one");
        }
    }

    @Test
    void a_broken_service_entry_is_one_clear_error(@TempDir Path dir) throws IOException {
        services(dir, "com.example.Missing");
        try (URLClassLoader broken = new URLClassLoader(new URL[] {dir.toUri().toURL()}, loader)) {
            assertThatThrownBy(() -> StackLoader.load(null, broken))
                    .isInstanceOf(KitException.class)
                    .hasMessageStartingWith(
                            "a META-INF/services entry for " + SocketStack.class.getName() + " is broken: ");
        }
    }

    /** A second implementation for a second service entry. */
    public static class Other extends ForwardingStack {
        public Other() {}
    }

    private static void services(Path dir, String entry) throws IOException {
        Path file = dir.resolve("META-INF/services/" + SocketStack.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, entry + "\n");
    }
}
