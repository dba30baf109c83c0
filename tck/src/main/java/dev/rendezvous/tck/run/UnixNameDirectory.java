package dev.rendezvous.tck.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a session makes the files of its UNIX-domain names: a fresh directory under the first of
 * {@link #PARENTS} that is a writable directory. {@code /dev/shm} is a memory file system on
 * Linux: a run binds thousands of names, and a disk file system spends much of the run's
 * system time finding room for their inodes. Both parents are short, so that drawn paths keep
 * room up to the family's limit.
 */
final class UnixNameDirectory {
    /** The parents looked at, in order. */
    static final List<Path> PARENTS = List.of(Path.of("/dev/shm"), Path.of("/tmp"));

    private UnixNameDirectory() {}

    /** A fresh directory {@code rdv…} under the first usable of {@code parents}. */
    static Path create(List<Path> parents) throws IOException {
        for (Path p : parents) {
            if (Files.isDirectory(p) && Files.isWritable(p)) {
                return Files.createTempDirectory(p, "rdv");
            }
        }
        throw new IOException("none of " + parents + " is a writable directory for the UNIX-domain names");
    }
}
