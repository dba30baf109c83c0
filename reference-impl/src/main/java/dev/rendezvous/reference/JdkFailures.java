package dev.rendezvous.reference;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.util.HashMap;
import java.util.Map;

/**
 * The one table that turns a JDK exception into the errno of the documented call, by the
 * exception's class <em>and</em> its message.
 *
 * <p>Why the message: the JDK's native socket code picks one exception class for several
 * errnos (a {@code ConnectException} is ECONNREFUSED or ETIMEDOUT or ENOTCONN, a
 * {@code BindException} is EADDRINUSE or EADDRNOTAVAIL or EACCES, a {@code SocketException}
 * is almost anything) and carries {@code strerror(errno)} as the message. The class alone
 * therefore says too little, and a row without a message is only used where the class alone
 * is unambiguous ({@code AlreadyConnectedException}, {@code ProtocolException}, ...).
 *
 * <p>Lookup walks the exception's class and then its superclasses; at each level it tries the
 * row for (class, message), then the row for (class, any message). There is deliberately no
 * catch-all row for {@code IOException} or {@code SocketException}: an exception that no row
 * matches becomes an {@link UnmappedFailureException} naming it, never a guessed errno.
 */
final class JdkFailures {
    private static final String ANY = "";
    private static final Map<String, Errno> ROWS = new HashMap<>();

    static {
        // java.net.ConnectException: what the JDK throws for these three errnos
        row("java.net.ConnectException", "Connection refused", Errno.ECONNREFUSED);
        row("java.net.ConnectException", "Connection timed out", Errno.ETIMEDOUT);
        row("java.net.ConnectException", "Transport endpoint is not connected", Errno.ENOTCONN);
        // java.net.NoRouteToHostException: EHOSTUNREACH only
        row("java.net.NoRouteToHostException", "No route to host", Errno.EHOSTUNREACH);
        // java.net.BindException: address errors, and EACCES (also from connect: a prohibit route)
        row("java.net.BindException", "Address already in use", Errno.EADDRINUSE);
        row("java.net.BindException", "Cannot assign requested address", Errno.EADDRNOTAVAIL);
        row("java.net.BindException", "Permission denied", Errno.EACCES);
        // java.net.ProtocolException: EPROTO only
        row("java.net.ProtocolException", ANY, Errno.EPROTO);
        // java.net.SocketException: every other errno, with strerror's text
        String socketException = "java.net.SocketException";
        for (Errno e : new Errno[] {
            Errno.ENETUNREACH,
            Errno.EHOSTDOWN,
            Errno.ENETDOWN,
            Errno.EHOSTUNREACH,
            Errno.ECONNREFUSED,
            Errno.ETIMEDOUT,
            Errno.EINVAL,
            Errno.EACCES,
            Errno.EPERM,
            Errno.ENOENT,
            Errno.ENOTDIR,
            Errno.ELOOP,
            Errno.ENAMETOOLONG,
            Errno.EMFILE,
            Errno.ENFILE,
            Errno.ENOBUFS,
            Errno.ENOMEM,
            Errno.EAGAIN,
            Errno.EADDRINUSE,
            Errno.EADDRNOTAVAIL,
            Errno.EAFNOSUPPORT,
            Errno.ECONNABORTED,
            Errno.ECONNRESET,
            Errno.EPIPE,
            Errno.ENOTCONN,
            Errno.EISCONN,
            Errno.EALREADY,
            Errno.EPROTO,
            Errno.EOPNOTSUPP,
            Errno.EPROTONOSUPPORT,
            Errno.ESOCKTNOSUPPORT,
            Errno.EIO
        }) {
            row(socketException, e.message(), e);
        }
        // sun.net.ConnectionResetException (a SocketException): a read met ECONNRESET or EPIPE
        row(socketException, "Connection reset", Errno.ECONNRESET);
        // NIO refuses UNIX-domain paths of 107 and 108 bytes, which the kernel takes: such a
        // name is reported as an invalid argument (a documented deviation)
        row(socketException, "Unix domain path too long", Errno.EINVAL);
        // java.io.IOException: the JDK's read and write paths use the plain class
        row("java.io.IOException", "Broken pipe", Errno.EPIPE);
        row("java.io.IOException", "Connection reset by peer", Errno.ECONNRESET);
        // a channel closed by another thread just as a blocking accept entered the kernel
        row("java.io.IOException", "Bad file descriptor", Errno.EBADF);
        row("java.io.IOException", "Too many open files", Errno.EMFILE);
        row("java.io.IOException", "Too many open files in system", Errno.ENFILE);
        row("java.io.IOException", "Cannot allocate memory", Errno.ENOMEM);
        row("java.io.IOException", "No buffer space available", Errno.ENOBUFS);
        // java.nio.channels: state errors of the channel, each with one meaning
        row("java.nio.channels.AlreadyConnectedException", ANY, Errno.EISCONN);
        row("java.nio.channels.ConnectionPendingException", ANY, Errno.EALREADY);
        row("java.nio.channels.NoConnectionPendingException", ANY, Errno.EINVAL);
        row("java.nio.channels.NotYetConnectedException", ANY, Errno.ENOTCONN);
        row("java.nio.channels.AlreadyBoundException", ANY, Errno.EINVAL);
        row("java.nio.channels.NotYetBoundException", ANY, Errno.EINVAL);
        row("java.nio.channels.UnsupportedAddressTypeException", ANY, Errno.EAFNOSUPPORT);
        row("java.nio.channels.UnresolvedAddressException", ANY, Errno.EINVAL);
        row("java.nio.channels.ClosedChannelException", ANY, Errno.EBADF);
        row("java.nio.channels.AsynchronousCloseException", ANY, Errno.EBADF);
        row("java.nio.channels.ClosedByInterruptException", ANY, Errno.EINTR);
    }

    private JdkFailures() {}

    private static void row(String className, String message, Errno errno) {
        ROWS.put(className + '\n' + message, errno);
    }

    /**
     * The errno a JDK exception stands for.
     *
     * @param call the SPI call, named in the exception if there is no row
     * @throws UnmappedFailureException if no row matches
     */
    static Errno errnoOf(String call, Throwable failure) {
        String message = failure.getMessage() == null ? ANY : failure.getMessage();
        for (Class<?> c = failure.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            Errno exact = ROWS.get(c.getName() + '\n' + message);
            if (exact != null) {
                return exact;
            }
            Errno any = ROWS.get(c.getName() + '\n' + ANY);
            if (any != null) {
                return any;
            }
        }
        throw new UnmappedFailureException(call, failure);
    }

    /**
     * The {@link ErrnoException} for a JDK exception, with the call and the cause. An
     * {@code IOException} or one of the channels' own unchecked exceptions (package
     * {@code java.nio.channels}) goes through the table; any other unchecked exception is a
     * fault of this implementation and is thrown as it is.
     *
     * @throws UnmappedFailureException if no row matches
     */
    static ErrnoException toErrno(String call, Exception failure) {
        if (failure instanceof RuntimeException
                && !failure.getClass().getPackageName().equals("java.nio.channels")) {
            throw (RuntimeException) failure;
        }
        return new ErrnoException(errnoOf(call, failure), call, failure);
    }
}
