package dev.rendezvous.tck.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a session makes the files of its UNIX-domain names: a fresh directory under the first of
 * {@link #PARENTS} that is a writable directory. {@code /dev/shm} is a memory file system on
 * Linux: a run binds thousands of names, and a disk file system spends much of the run's
 * system time finding room for their inodes. Both parents are short, so that drawn paths keep
 * room up to the family's limit.
 */
public final class UnixNameDirectory {
    /** The parents looked at, in order. */
    public static final List<Path> PARENTS = List.of(Path.of("/dev/shm"), Path.of("/tmp"));

    /** How the name of every such directory starts. */
    private static final String PREFIX = "rdv";

    private UnixNameDirectory() {}

    /**
     * Removes what a session that ended badly (its JVM killed or crashed before it could clean up)
     * left of its directory {@code dir}, as its meta data named it: the directory and the files of
     * its names. Only a directory {@code rdv…} right under one of {@link #PARENTS} is touched;
     * anything else, and a directory that is gone, is left as it is.
     *
     * @return whether a directory was removed
     */
    public static boolean removeLeftover(Path dir) {
        return removeLeftover(dir, PARENTS);
    }

    static boolean removeLeftover(Path dir, List<Path> parents) {
        Path parent = dir.getParent();
        if (parent == null
                || !parents.contains(parent)
                || !dir.getFileName().toString().startsWith(PREFIX)
                || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return remove(dir);
    }

    /**
     * Removes {@code dir} and what is in it, as far as it can (a directory of names that is not
     * removed is left for the system's cleaning of its parent).
     *
     * @return whether {@code dir} is gone
     */
    static boolean remove(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    }

    /** A fresh directory {@code rdv…} under the first usable of {@code parents}. */
    static Path create(List<Path> parents) throws IOException {
        for (Path p : parents) {
            if (Files.isDirectory(p) && Files.isWritable(p)) {
                return Files.createTempDirectory(p, PREFIX);
            }
        }
        throw new IOException("none of " + parents + " is a writable directory for the UNIX-domain names");
    }
}
