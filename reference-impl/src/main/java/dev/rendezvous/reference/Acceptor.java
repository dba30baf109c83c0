package dev.rendezvous.reference;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * {@code accept(fd, from, &fromlen)}.
 *
 * <ul>
 *   <li>The order of the checks: EBADF; EINVAL if the socket does not listen; then the offered
 *       length (EINVAL if negative, EFAULT past the array) — checked <em>before</em> a
 *       connection is taken off the queue. (Linux takes the connection first and then fails,
 *       which closes it; this implementation loses no connection to a bad length.) Then
 *       EMFILE if no descriptor is free, again before the connection is taken, as Linux does.</li>
 *   <li>Blocking mode: the listener's channel is always in NIO's non-blocking mode; the call
 *       sleeps in a selector until a connection arrives ({@link ChannelWaiter}): no busy loop,
 *       no polling. An interrupt gives EINTR with the thread's interrupt status cleared, and the
 *       listener stays open and keeps accepting. A close of the listener from another thread
 *       wakes the call with EBADF (Linux leaves it asleep; waking it is the documented choice).
 *       A connection already queued is taken even if the thread is interrupted: only a call
 *       that would sleep is interrupted.</li>
 *   <li>Non-blocking mode: EAGAIN when nothing is queued.</li>
 *   <li>The new socket is connected and in blocking mode whatever the listener's mode.</li>
 * </ul>
 */
final class Acceptor {
    private final ChannelWaiter waiter;
    private final DescriptorTable<NioSocket> table;

    Acceptor(ChannelWaiter waiter, DescriptorTable<NioSocket> table) {
        this.waiter = waiter;
        this.table = table;
    }

    int accept(NioSocket s, SockaddrBuffer from) throws ErrnoException {
        ServerSocketChannel listener;
        boolean nonBlocking;
        synchronized (s.lock) {
            listener = listening(s);
            nonBlocking = s.nonBlocking;
        }
        if (from != null) {
            from.checkOffered();
        }
        int fd = table.reserve();
        boolean installed = false;
        try {
            while (true) {
                SocketChannel connection = take(listener);
                if (connection != null) {
                    NioSocket accepted = NioSocket.accepted(s, connection);
                    try {
                        if (from != null) {
                            from.store(accepted.peerName());
                        }
                    } catch (ErrnoException | RuntimeException e) {
                        Channels.closeQuietly(connection);
                        throw e;
                    }
                    table.install(fd, accepted);
                    installed = true;
                    return fd;
                }
                synchronized (s.lock) {
                    listener = listening(s);
                }
                if (nonBlocking) {
                    throw new ErrnoException(Errno.EAGAIN, "accept: no connection is queued");
                }
                waiter.await(listener, SelectionKey.OP_ACCEPT, s.waiting, "accept");
            }
        } finally {
            if (!installed) {
                table.release(fd);
            }
        }
    }

    /** The listener's channel; EBADF if closed, EINVAL if not listening. Lock held. */
    private static ServerSocketChannel listening(NioSocket s) throws ErrnoException {
        s.requireOpen();
        if (s.state != SocketState.LISTENING) {
            throw new ErrnoException(Errno.EINVAL, "accept: the socket is " + s.state + ", not listening");
        }
        return s.listener;
    }

    /** A queued connection, or {@code null} if none is queued or the listener was closed. */
    private static SocketChannel take(ServerSocketChannel listener) throws ErrnoException {
        try {
            return listener.accept();
        } catch (ClosedChannelException e) {
            return null;
        } catch (IOException e) {
            throw JdkFailures.toErrno("accept", e);
        }
    }
}
