package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory of a session's UNIX-domain names: under the first writable parent. */
class UnixNameDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void a_fresh_directory_under_the_first_parent_that_is_a_writable_directory() throws IOException {
        Path missing = dir.resolve("missing");
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path usable = Files.createDirectory(dir.resolve("usable"));

        Path made = UnixNameDirectory.create(List.of(missing, file, usable));

        assertThat(made.getParent()).isEqualTo(usable);
        assertThat(made.getFileName().toString()).startsWith("rdv");
        assertThat(made).isEmptyDirectory();
    }

    @Test
    void no_usable_parent_is_an_error_that_names_them() {
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> UnixNameDirectory.create(List.of(missing)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void the_memory_file_system_comes_first() {
        assertThat(UnixNameDirectory.PARENTS).containsExactly(Path.of("/dev/shm"), Path.of("/tmp"));
    }

    @Test
    void a_leftover_directory_of_names_is_removed_and_nothing_else_is() throws IOException {
        Path parent = Files.createDirectory(dir.resolve("parent"));
        Path leftover = UnixNameDirectory.create(List.of(parent));
        Files.writeString(leftover.resolve("1-name"), "");
        Path other = Files.createDirectory(parent.resolve("other"));
        Path elsewhere = Files.createDirectory(dir.resolve("rdv-elsewhere"));

        assertThat(UnixNameDirectory.removeLeftover(leftover, List.of(parent))).isTrue();
        assertThat(leftover).doesNotExist();
        assertThat(UnixNameDirectory.removeLeftover(other, List.of(parent))).isFalse();
        assertThat(other).exists();
        assertThat(UnixNameDirectory.removeLeftover(elsewhere, List.of(parent))).isFalse();
        assertThat(elsewhere).exists();
        assertThat(UnixNameDirectory.removeLeftover(leftover, List.of(parent)))
                .as("gone already")
                .isFalse();
    }
}
