package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * UNIX-domain paths up to the family's limit, and one byte past it. A path of up to
 * {@link Case#PORTABLE_PATH} bytes fits every system's {@code sun_path} with its NUL and must be
 * bound; a longer one, up to 108 bytes, may be refused — with EINVAL or ENAMETOOLONG, and with
 * nothing bound (the socket stays unnamed, no file is made). Linux binds every path up to 108
 * bytes; the JDK's UNIX-domain channels stop at 106.
 */
public final class LongPaths {
    private LongPaths() {}

    /** The path's length in bytes. */
    public static int bytesOf(String path) {
        return path.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * {@code bind(fd, name, length)} of a path up to the limit: true when bound; false when a path
     * past the portable limit was refused as allowed (nothing bound, checked); a violation
     * otherwise.
     */
    public static boolean bind(Case c, int fd, Sockaddr name, int length, String who) throws ErrnoException {
        String path = name.unixPath();
        int bytes = bytesOf(path);
        String call = "bind(" + fd + ", a path of " + bytes + " bytes, " + length + ") of " + who;
        try {
            c.stack().bind(fd, name.bytes(), length);
            return true;
        } catch (ErrnoException e) {
            Expect.that(
                    bytes > Case.PORTABLE_PATH,
                    "%s failed with %s; a path of %d bytes fits every system's sun_path with its NUL (%s)",
                    call,
                    e.errno().describe(),
                    bytes,
                    path);
            Expect.that(
                    e.errno() == Errno.EINVAL || e.errno() == Errno.ENAMETOOLONG,
                    "%s failed with %s; a path longer than %d bytes may be refused only with EINVAL or ENAMETOOLONG",
                    call,
                    e.errno().describe(),
                    Case.PORTABLE_PATH);
            expectNothingBound(c, fd, path, call);
            return false;
        }
    }

    /** After {@code call} failed the socket is still unnamed. */
    public static void expectUnnamed(Case c, int fd, String call) throws ErrnoException {
        Sockaddr own = c.nameOf(fd);
        Expect.that(own.isUnnamed(), "%s failed, but the socket is now named %s: nothing may be bound", call, own);
    }

    /**
     * After {@code call} refused {@code path}: the socket is still unnamed, and no file was made
     * at the path or at any of its prefixes longer than the portable limit (where a stack that
     * cuts a path short would have bound it).
     */
    public static void expectNothingBound(Case c, int fd, String path, String call) throws ErrnoException {
        expectUnnamed(c, fd, call);
        for (int end = Math.min(path.length(), Case.PORTABLE_PATH); end <= path.length(); end++) {
            Path p = Path.of(path.substring(0, end));
            Expect.that(
                    !Files.exists(p, LinkOption.NOFOLLOW_LINKS),
                    "%s failed, but the file %s (%d bytes of the path) was made: nothing may be bound",
                    call,
                    p,
                    end);
        }
    }
}
