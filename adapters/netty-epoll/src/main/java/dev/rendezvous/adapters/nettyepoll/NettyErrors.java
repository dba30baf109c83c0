package dev.rendezvous.adapters.nettyepoll;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import io.netty.channel.ChannelException;
import io.netty.channel.unix.Errors;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Netty's failures as errnos. Netty reports most errors as {@link Errors.NativeIoException},
 * which keeps the errno; a few it turns into JDK exceptions that keep only a class or a
 * message, and this table reads those back:
 * <ul>
 *   <li>{@link ConnectException} keeps the number and {@code strerror}'s text in its message;</li>
 *   <li>{@link NoRouteToHostException} stands for <em>both</em> ENETUNREACH and EHOSTUNREACH:
 *       Netty does not say which, so this gives EHOSTUNREACH;</li>
 *   <li>{@link AlreadyConnectedException} is EISCONN, {@link ConnectionPendingException}
 *       EALREADY, {@link NotYetConnectedException} ENOTCONN, {@link ClosedChannelException}
 *       EBADF, {@link FileNotFoundException} ENOENT.</li>
 * </ul>
 * A failure this table cannot read is an {@link IllegalStateException} that names it, never a
 * guessed errno.
 */
final class NettyErrors {
    private static final Pattern ERROR_NUMBER = Pattern.compile("error\\((-?\\d+)\\)");

    private NettyErrors() {}

    /** The errno exception for a failure of the library's {@code call}. */
    static ErrnoException toErrno(String call, Throwable failure) {
        Throwable cause =
                failure instanceof ChannelException && failure.getCause() != null ? failure.getCause() : failure;
        return errnoOf(cause)
                .map(errno -> new ErrnoException(errno, call + ": " + cause, cause))
                .orElseThrow(() ->
                        new IllegalStateException(call + " failed in a way that names no errno: " + cause, cause));
    }

    private static Optional<Errno> errnoOf(Throwable failure) {
        if (failure instanceof Errors.NativeIoException) {
            return Errno.ofNumber(-((Errors.NativeIoException) failure).expectedErr());
        }
        if (failure instanceof NoRouteToHostException) {
            return Optional.of(Errno.EHOSTUNREACH);
        }
        if (failure instanceof ConnectException) {
            return byMessage(failure.getMessage());
        }
        if (failure instanceof AlreadyConnectedException) {
            return Optional.of(Errno.EISCONN);
        }
        if (failure instanceof ConnectionPendingException) {
            return Optional.of(Errno.EALREADY);
        }
        if (failure instanceof NotYetConnectedException) {
            return Optional.of(Errno.ENOTCONN);
        }
        if (failure instanceof ClosedChannelException) {
            return Optional.of(Errno.EBADF);
        }
        if (failure instanceof FileNotFoundException) {
            return Optional.of(Errno.ENOENT);
        }
        return Optional.empty();
    }

    /**
     * The errno a message names: Netty writes {@code "connect(..) failed with error(-111):
     * Connection refused"}; the number counts, and the {@code strerror} text after the colon
     * is the fallback for a message without one.
     */
    static Optional<Errno> byMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher number = ERROR_NUMBER.matcher(message);
        if (number.find()) {
            return Errno.ofNumber(Math.abs(Integer.parseInt(number.group(1))));
        }
        int colon = message.lastIndexOf(':');
        String text = message.substring(colon + 1).trim();
        return Arrays.stream(Errno.values())
                .filter(e -> e.message().equals(text))
                .findFirst();
    }
}
