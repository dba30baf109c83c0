package dev.rendezvous.tck.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.reference.NioSocketStack;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of a child JVM that loads the kit and the implementation. */
class ChildJavaTest {
    @Test
    void the_child_uses_this_jvm_s_java() {
        assertThat(ChildJava.javaExecutable())
                .isEqualTo(Paths.get(System.getProperty("java.home"), "bin", "java")
                        .toString());
    }

    @Test
    void the_class_path_is_the_kit_s_and_then_the_extra_entries_made_absolute_once_each() {
        String kit = System.getProperty("java.class.path");
        Path extra = Path.of("vendor", "stack.jar");

        String cp = ChildJava.classPath(List.of(extra, extra));

        assertThat(cp).startsWith(kit.split(File.pathSeparator)[0]);
        assertThat(cp.split(File.pathSeparator)).doesNotHaveDuplicates().doesNotContain("");
        assertThat(cp).endsWith(File.pathSeparator + extra.toAbsolutePath());
    }

    @Test
    void a_class_comes_from_its_jar_or_directory() {
        List<Path> where = ChildJava.classPathOf(NioSocketStack.class);

        assertThat(where).isNotEmpty();
        assertThat(where.get(0).toString())
                .isEqualTo(Path.of(NioSocketStack.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .getPath())
                        .toString());
        assertThat(ChildJava.classPath(NioSocketStack.class))
                .contains(where.get(0).toString());
    }

    @Test
    void a_class_from_a_url_class_loader_brings_that_loader_s_entries(@TempDir Path dir) throws Exception {
        URL reference =
                NioSocketStack.class.getProtectionDomain().getCodeSource().getLocation();
        URL api = SocketStack.class.getProtectionDomain().getCodeSource().getLocation();
        Path lib = dir.resolve("lib.jar");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {reference, api, lib.toUri().toURL()}, null)) {
            Class<?> c = Class.forName(NioSocketStack.class.getName(), false, loader);

            assertThat(ChildJava.classPathOf(c))
                    .containsExactly(Path.of(reference.toURI()), Path.of(reference.toURI()), Path.of(api.toURI()), lib);
        }
    }

    @Test
    void the_command_runs_main_with_a_small_quick_jvm_and_the_arguments() {
        List<String> cmd = ChildJava.command(NioSocketStack.class, ChildJavaTest.class, List.of("a", "b"));

        assertThat(cmd)
                .containsExactly(
                        ChildJava.javaExecutable(),
                        ParentWatch.parentOption(),
                        "-Xshare:auto",
                        "-XX:TieredStopAtLevel=1",
                        "-Xmx64m",
                        "-cp",
                        ChildJava.classPath(NioSocketStack.class),
                        ChildJavaTest.class.getName(),
                        "a",
                        "b");
    }

    @Test
    void a_child_like_this_jvm_has_its_java_its_class_path_and_the_options_before_the_main_class() {
        List<String> cmd = ChildJava.command(List.of("-Dx=y"), "com.example.Main", List.of("a"));

        assertThat(cmd)
                .containsExactly(
                        ChildJava.javaExecutable(),
                        "-cp",
                        ChildJava.classPath(List.of()),
                        "-Dx=y",
                        "com.example.Main",
                        "a");
    }
}
