package dev.rendezvous.reference;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * {@code send} and {@code recv} on a connected socket — "data transfer may begin".
 *
 * <ul>
 *   <li>On a socket that is not connected, the errno Linux gives: send EPIPE (Internet) or
 *       ENOTCONN (UNIX); recv ENOTCONN (Internet) or EINVAL (UNIX). While a connect is in
 *       progress, non-blocking mode gives EAGAIN and blocking mode waits for the connection;
 *       after a connect failed in the background, the call reports its error once.</li>
 *   <li>Blocking mode: the channel is in NIO's non-blocking mode and the call sleeps in a
 *       selector until it can go on, because an interrupt of NIO's blocking read or write
 *       closes the channel. An interrupt gives EINTR, the socket stays open, and the thread's
 *       interrupt status is cleared.</li>
 *   <li>recv gives 0 at the end of the stream; send and recv of 0 bytes give 0.</li>
 *   <li>A null buffer, or an offset and length outside it, is EFAULT (checked after the state,
 *       as Linux copies the bytes last).</li>
 * </ul>
 */
final class StreamIo {
    private final ChannelWaiter waiter;

    StreamIo(ChannelWaiter waiter) {
        this.waiter = waiter;
    }

    int send(NioSocket s, byte[] buffer, int offset, int length) throws ErrnoException {
        return transfer(s, buffer, offset, length, false);
    }

    int recv(NioSocket s, byte[] buffer, int offset, int length) throws ErrnoException {
        return transfer(s, buffer, offset, length, true);
    }

    private int transfer(NioSocket s, byte[] buffer, int offset, int length, boolean in) throws ErrnoException {
        String call = in ? "recv" : "send";
        SocketChannel ch = connectedChannel(s, call, in);
        if (buffer == null || offset < 0 || length < 0 || offset > buffer.length - length) {
            throw new ErrnoException(
                    Errno.EFAULT, call + ": buffer, offset " + offset + " and length " + length + " do not fit");
        }
        if (length == 0) {
            return 0;
        }
        boolean nonBlocking;
        synchronized (s.lock) {
            nonBlocking = s.nonBlocking;
        }
        ByteBuffer bytes = ByteBuffer.wrap(buffer, offset, length);
        while (true) {
            int n = move(s, ch, bytes, in, call);
            if (n != 0) {
                return Math.max(n, 0);
            }
            if (nonBlocking) {
                throw new ErrnoException(Errno.EAGAIN, call + " would block");
            }
            waiter.await(ch, in ? SelectionKey.OP_READ : SelectionKey.OP_WRITE, s.waiting, call);
            synchronized (s.lock) {
                s.requireOpen();
                if (s.state != SocketState.CONNECTED || s.channel != ch) {
                    throw notConnected(s, call, in);
                }
            }
        }
    }

    /** Bytes moved, or -1 at the end of the stream. */
    private static int move(NioSocket s, SocketChannel ch, ByteBuffer bytes, boolean in, String call)
            throws ErrnoException {
        try {
            return in ? ch.read(bytes) : ch.write(bytes);
        } catch (ClosedChannelException e) {
            synchronized (s.lock) {
                s.requireOpen();
                throw notConnected(s, call, in);
            }
        } catch (IOException e) {
            throw JdkFailures.toErrno(call, e);
        }
    }

    /** The connection's channel in non-blocking mode, once the socket is connected. */
    private SocketChannel connectedChannel(NioSocket s, String call, boolean in) throws ErrnoException {
        while (true) {
            SocketChannel pending;
            synchronized (s.lock) {
                s.requireOpen();
                if (s.state == SocketState.CONNECTING && s.domain.isUnix()) {
                    throw notConnected(s, call, in); // Linux: a UNIX socket not yet connected
                }
                if (s.state == SocketState.CONNECTING && s.advanceConnect() == NioSocket.ConnectProgress.PENDING) {
                    if (s.nonBlocking) {
                        throw new ErrnoException(Errno.EAGAIN, call + ": the connect is in progress");
                    }
                    pending = s.channel;
                } else if (s.state == SocketState.CONNECTED) {
                    return s.nonBlockingChannel(call);
                } else if (s.state == SocketState.CONNECT_FAILED) {
                    throw s.consumeConnectFailure(call);
                } else {
                    throw notConnected(s, call, in);
                }
            }
            waiter.await(pending, SelectionKey.OP_CONNECT, s.waiting, call);
        }
    }

    private static ErrnoException notConnected(NioSocket s, String call, boolean in) {
        Errno e;
        if (s.domain.isUnix()) {
            e = in ? Errno.EINVAL : Errno.ENOTCONN;
        } else {
            e = in ? Errno.ENOTCONN : Errno.EPIPE;
        }
        return new ErrnoException(e, call + ": the socket is " + s.state);
    }
}
