package dev.rendezvous.reference;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The UNIX domain ({@code sockaddr_un}): names are file-system paths.
 *
 * <p>Reading a name, as Linux does: a length of 2 or less (no path) or above 110 is EINVAL,
 * another family is EINVAL (not EAFNOSUPPORT: that is the Internet domain's answer), and the
 * path ends at its first NUL or at the length, so the contract's {@code 2 + strlen(path)} is
 * taken as well as the name with its NUL. A name given back has the true size
 * {@code 2 + strlen(path) + 1}.
 *
 * <p>What NIO cannot express, answered EINVAL (Linux would take them): bind with length 2
 * (Linux binds an automatic abstract name), abstract names (the first path byte is NUL), paths
 * that are not UTF-8, and paths of 107 or 108 bytes (NIO's limit is 106).
 *
 * <p>NIO hands the kernel a path in its {@code Path} form: repeated slashes become one and a
 * trailing slash goes. Names are reported as the kernel holds them, i.e. in that form, so that
 * a listener's name, its clients' peer names and other processes' views agree byte for byte.
 */
final class UnixDomain extends SocketDomain {
    static final UnixDomain INSTANCE = new UnixDomain();

    private UnixDomain() {}

    @Override
    int family() {
        return AddressFamily.AF_UNIX;
    }

    @Override
    ProtocolFamily protocolFamily() {
        return StandardProtocolFamily.UNIX;
    }

    @Override
    Sockaddr unboundName() {
        return Sockaddr.unnamedUnix();
    }

    @Override
    boolean isUnix() {
        return true;
    }

    @Override
    SocketAddress parse(byte[] bytes, int length, boolean forBind) throws ErrnoException {
        if (length <= Sockaddr.OFFSETOF_SUN_PATH || length > Sockaddr.SIZEOF_SOCKADDR_UN) {
            String why = forBind && length == Sockaddr.OFFSETOF_SUN_PATH
                    ? "; Linux would bind an automatic abstract name, which NIO cannot express"
                    : "";
            throw new ErrnoException(
                    Errno.EINVAL,
                    "AF_UNIX name of " + length + " bytes; 3.." + Sockaddr.SIZEOF_SOCKADDR_UN + " taken" + why);
        }
        int given = AddressInput.familyOf(bytes);
        if (given != AddressFamily.AF_UNIX) {
            throw new ErrnoException(Errno.EINVAL, AddressFamily.name(given) + " name given to an AF_UNIX socket");
        }
        int end = Sockaddr.OFFSETOF_SUN_PATH;
        while (end < length && bytes[end] != 0) {
            end++;
        }
        if (end == Sockaddr.OFFSETOF_SUN_PATH) {
            throw new ErrnoException(Errno.EINVAL, "abstract AF_UNIX name: NIO cannot express it");
        }
        if (end - Sockaddr.OFFSETOF_SUN_PATH >= Sockaddr.SUN_PATH_CAPACITY) {
            throw new ErrnoException(Errno.EINVAL, "AF_UNIX path of " + (end - 2) + " bytes: NIO cannot express it");
        }
        String path = utf8(bytes, end);
        try {
            return UnixDomainSocketAddress.of(path);
        } catch (InvalidPathException e) {
            throw new ErrnoException(Errno.EINVAL, "AF_UNIX path \"" + path + "\": " + e.getMessage());
        }
    }

    private static String utf8(byte[] bytes, int end) throws ErrnoException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, Sockaddr.OFFSETOF_SUN_PATH, end - Sockaddr.OFFSETOF_SUN_PATH))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ErrnoException(Errno.EINVAL, "AF_UNIX path is not UTF-8: NIO cannot express it");
        }
    }

    @Override
    Sockaddr nameOf(SocketAddress address) {
        String path = ((UnixDomainSocketAddress) address).getPath().toString();
        return path.isEmpty() ? Sockaddr.unnamedUnix() : Sockaddr.unix(path);
    }

    /**
     * What Linux checks about the peer before it looks at the connecting socket's own state:
     * a path that does not exist is ENOENT, one that is no socket is ECONNREFUSED. (Whether a
     * socket there listens, NIO could only learn by connecting.)
     */
    static void checkPeer(SocketAddress target) throws ErrnoException {
        Path p = ((UnixDomainSocketAddress) target).getPath();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ErrnoException(Errno.ENOENT, "no such path: " + p);
        } catch (AccessDeniedException e) {
            throw new ErrnoException(Errno.EACCES, "no access to " + p);
        } catch (IOException e) {
            throw JdkFailures.toErrno("connect", e);
        }
        if (!a.isOther()) {
            throw new ErrnoException(Errno.ECONNREFUSED, "not a socket: " + p);
        }
    }

    /**
     * What Linux checks before it finds a UNIX-domain socket already bound: it makes the socket
     * file first, so a path that exists is EADDRINUSE and a missing directory ENOENT; only then
     * does the caller's EINVAL (already bound) apply.
     */
    static void checkPathFree(SocketAddress target) throws ErrnoException {
        Path p = ((UnixDomainSocketAddress) target).getPath();
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new ErrnoException(Errno.EADDRINUSE, "bind: " + p + " exists");
        }
        Path dir = p.toAbsolutePath().getParent();
        if (dir != null && !Files.exists(dir)) {
            throw new ErrnoException(Errno.ENOENT, "bind: no directory " + dir);
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ErrnoException(Errno.ENOTDIR, "bind: not a directory: " + dir);
        }
    }

    /** The identity (device and inode) of the file a bound socket made, or {@code null}. */
    static Object fileKey(SocketAddress name) {
        try {
            return Files.readAttributes(
                            ((UnixDomainSocketAddress) name).getPath(),
                            BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
