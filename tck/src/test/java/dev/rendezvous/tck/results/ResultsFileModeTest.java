package dev.rendezvous.tck.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the kit writes has the permissions the umask gives any new file, not a private 0600. */
class ResultsFileModeTest {
    @Test
    void a_file_written_atomically_follows_the_umask(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

        ResultsJson.writeAtomically(dir.resolve("results.json"), "{}");

        assertThat(Files.getPosixFilePermissions(dir.resolve("results.json")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("plain.txt", "results.json");
        }
    }
}
