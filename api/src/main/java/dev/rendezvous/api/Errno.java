package dev.rendezvous.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one errno table of the kit: symbolic name, Linux (x86-64 and AArch64) number and the
 * usual message, as {@code strerror(3)} gives it.
 *
 * <p>It holds every errno that the contract names (ETIMEDOUT, ECONNREFUSED — spelled
 * {@code ECONNREFUSE} in the contract's text —, ENETDOWN, EHOSTDOWN, ENETUNREACH,
 * EHOSTUNREACH, EINTR), the errnos of the contract's pointer to the "Advanced topics"
 * (EWOULDBLOCK/EAGAIN, EINPROGRESS, EALREADY), those the calls give on misuse on Linux, and
 * those the file system gives a UNIX-domain {@code bind} or {@code connect}: ENOENT, ENOTDIR,
 * EACCES, ENAMETOOLONG, ELOOP, EROFS, ENOSPC, EDQUOT.
 * {@link #EWOULDBLOCK} is the same error as {@link #EAGAIN}, as on Linux.
 *
 * <p>An errno this table does not hold cannot be an {@link ErrnoException}. An implementation
 * that meets one throws an unchecked exception that names the call and the number (never a
 * guessed errno from this table); the kit reports that as a failure of the clause in progress,
 * with the exception as evidence. A number that a real stack gives for these calls belongs in
 * this table: report it, and a later version adds it.
 *
 * <p>Changed in 0.2.0: {@link #ENOSPC}, {@link #EROFS} and {@link #EDQUOT} are new.
 */
@Stable
public enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    EINTR(4, "Interrupted system call"),
    EIO(5, "Input/output error"),
    EBADF(9, "Bad file descriptor"),
    EAGAIN(11, "Resource temporarily unavailable"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    EFAULT(14, "Bad address"),
    ENOTDIR(20, "Not a directory"),
    /** A UNIX-domain bind with no room left on the file system for the socket's file (since 0.2.0). */
    ENOSPC(28, "No space left on device"),
    /** A UNIX-domain bind on a read-only file system (since 0.2.0). */
    EROFS(30, "Read-only file system"),
    EINVAL(22, "Invalid argument"),
    ENFILE(23, "Too many open files in system"),
    EMFILE(24, "Too many open files"),
    ENAMETOOLONG(36, "File name too long"),
    ELOOP(40, "Too many levels of symbolic links"),
    EPROTO(71, "Protocol error"),
    ENOTSOCK(88, "Socket operation on non-socket"),
    EDESTADDRREQ(89, "Destination address required"),
    EPROTOTYPE(91, "Protocol wrong type for socket"),
    EPROTONOSUPPORT(93, "Protocol not supported"),
    ESOCKTNOSUPPORT(94, "Socket type not supported"),
    EOPNOTSUPP(95, "Operation not supported"),
    EAFNOSUPPORT(97, "Address family not supported by protocol"),
    EADDRINUSE(98, "Address already in use"),
    EADDRNOTAVAIL(99, "Cannot assign requested address"),
    ENETDOWN(100, "Network is down"),
    ENETUNREACH(101, "Network is unreachable"),
    ECONNABORTED(103, "Software caused connection abort"),
    ECONNRESET(104, "Connection reset by peer"),
    ENOBUFS(105, "No buffer space available"),
    EISCONN(106, "Transport endpoint is already connected"),
    ENOTCONN(107, "Transport endpoint is not connected"),
    ETIMEDOUT(110, "Connection timed out"),
    ECONNREFUSED(111, "Connection refused"),
    EHOSTDOWN(112, "Host is down"),
    EHOSTUNREACH(113, "No route to host"),
    EALREADY(114, "Operation already in progress"),
    EINPROGRESS(115, "Operation now in progress"),
    /** A UNIX-domain bind past the user's disk quota (since 0.2.0). */
    EDQUOT(122, "Disk quota exceeded"),
    EPIPE(32, "Broken pipe");

    /** The same error as {@link #EAGAIN}: Linux gives both names one number (11). */
    public static final Errno EWOULDBLOCK = EAGAIN;

    private static final Map<Integer, Errno> BY_NUMBER = new HashMap<>();
    private static final Map<String, Errno> BY_NAME = new HashMap<>();

    static {
        for (Errno e : values()) {
            BY_NUMBER.put(e.number, e);
            BY_NAME.put(e.name(), e);
        }
        BY_NAME.put("EWOULDBLOCK", EAGAIN);
        BY_NAME.put("ECONNREFUSE", ECONNREFUSED);
    }

    private final int number;
    private final String message;

    Errno(int number, String message) {
        this.number = number;
        this.message = message;
    }

    /** The Linux number of this errno, as {@code errno(3)} holds it. */
    public int number() {
        return number;
    }

    /** The usual message, as {@code strerror(3)} gives it on Linux. */
    public String message() {
        return message;
    }

    /** The errno with this Linux number, if the table holds it. */
    public static Optional<Errno> ofNumber(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The errno with this symbolic name, if the table holds it. Accepts the aliases
     * {@code EWOULDBLOCK} and the contract's spelling {@code ECONNREFUSE}.
     */
    public static Optional<Errno> ofName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** {@code NAME (number): message}, e.g. {@code ECONNREFUSED (111): Connection refused}. */
    public String describe() {
        return name() + " (" + number + "): " + message;
    }
}
