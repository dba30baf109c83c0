package dev.rendezvous.reference;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * One socket of the reference implementation: its {@link SocketState}, its mode, its name, and
 * the NIO channel that carries it — a {@link Placeholder} while BOUND, a
 * {@code ServerSocketChannel} while LISTENING, a {@code SocketChannel} while CONNECTING and
 * CONNECTED, none while UNBOUND (NIO needs no channel before there is a name or a peer).
 *
 * <p>Every field is guarded by {@link #lock}. No call holds the lock while it sleeps: a blocking
 * call takes what it needs under the lock, sleeps in a {@link ChannelWaiter} without it, and
 * looks at the state again under the lock when it wakes.
 *
 * <p>This class holds the calls that never sleep (bind, listen, getsockname, getpeername,
 * setBlocking, close) and the state changes the sleeping calls share; {@link Connector},
 * {@link Acceptor} and {@link StreamIo} hold connect, accept, send and recv.
 */
final class NioSocket {
    /** Where a connect in progress stands after a look at its channel. */
    enum ConnectProgress {
        DONE,
        PENDING,
        FAILED
    }

    final SocketDomain domain;
    final StackResources resources;
    final Object lock = new Object();
    final WaitingSelectors waiting = new WaitingSelectors();

    SocketState state = SocketState.UNBOUND;
    /** The caller's mode ({@code O_NONBLOCK}); channels are switched as the emulation needs. */
    boolean nonBlocking;
    /** BOUND: the placeholder ({@code null} if the name was lost); CONNECTING, CONNECTED: the connection. */
    SocketChannel channel;
    /** Whether {@link #channel} is in NIO's non-blocking mode. */
    boolean channelNonBlocking;
    /** LISTENING: the listener. */
    ServerSocketChannel listener;
    /**
     * The name bound (by bind, listen or connect), as NIO takes it, to bind it again;
     * {@code null}: none recorded. Set through {@link #named}.
     */
    SocketAddress localAddress;
    /** {@link #localAddress} as bytes, made when first asked for ({@link #localName()}). */
    private Sockaddr localName;
    /** UNIX domain: the identity of the socket file this socket made. */
    Object fileKey;
    /** The name could not be taken again after NIO closed its channel ({@link NameKeeper}). */
    boolean nameLost;
    /** CONNECT_FAILED: the error the next connect reports. */
    Errno pendingError;

    NioSocket(SocketDomain domain, StackResources resources, boolean nonBlocking) {
        this.domain = domain;
        this.resources = resources;
        this.nonBlocking = nonBlocking;
    }

    /**
     * The socket of a connection a listener accepted: connected, in blocking mode whatever the
     * listener's mode (Linux does not pass {@code O_NONBLOCK} on), its names read from the
     * channel when asked.
     */
    static NioSocket accepted(NioSocket listening, SocketChannel connection) {
        NioSocket s = new NioSocket(listening.domain, listening.resources, false);
        s.state = SocketState.CONNECTED;
        s.channel = connection;
        s.channelNonBlocking = !connection.isBlocking();
        return s;
    }

    // ------------------------------------------------------------------ bind

    /** {@code bind(fd, address, length)}. */
    void bind(byte[] address, int length) throws ErrnoException {
        AddressInput.check(address, length);
        SocketAddress target = domain.parse(address, length, true);
        synchronized (lock) {
            requireOpen();
            if (state != SocketState.UNBOUND) {
                if (domain.isUnix()) {
                    UnixDomain.checkPathFree(target);
                }
                throw new ErrnoException(Errno.EINVAL, "bind: the socket already has a name (" + state + ")");
            }
            SocketAddress where = domain.isUnix() ? target : ((InetDomain) domain).confined((InetSocketAddress) target);
            SocketChannel ch = null;
            SocketAddress held;
            try {
                ch = Placeholder.bound(domain.protocolFamily(), where, false);
                held = domain.isUnix() ? where : ch.getLocalAddress();
            } catch (IOException e) {
                Channels.closeQuietly(ch);
                throw JdkFailures.toErrno("bind", e);
            }
            channel = ch;
            channelNonBlocking = false;
            nameLost = false;
            named(held);
            fileKey = domain.isUnix() ? UnixDomain.fileKey(held) : null;
            state = SocketState.BOUND;
        }
    }

    /** Records the name the socket holds now. Lock held. */
    void named(SocketAddress address) {
        localAddress = address;
        localName = null;
    }

    /** The name the socket holds, as bytes; {@code null} if none. Lock held. */
    Sockaddr localName() {
        if (localName == null && localAddress != null) {
            localName = domain.nameOf(localAddress);
        }
        return localName;
    }

    // ------------------------------------------------------------------ listen

    /** {@code listen(fd, backlog)}. */
    void listen(int backlog) throws ErrnoException {
        synchronized (lock) {
            requireOpen();
            switch (state) {
                case LISTENING:
                    return; // NIO cannot change the backlog of a listening channel
                case CONNECTING:
                case CONNECT_FAILED:
                case CONNECTED:
                    throw new ErrnoException(Errno.EINVAL, "listen: the socket is " + state);
                case UNBOUND:
                    if (domain.isUnix()) {
                        throw new ErrnoException(Errno.EINVAL, "listen: an AF_UNIX socket needs a name first");
                    }
                    break;
                default:
                    break;
            }
            ServerSocketChannel l = ListenerStart.start(this, Backlog.forNio(backlog));
            try {
                l.configureBlocking(false);
            } catch (IOException e) {
                Channels.closeQuietly(l);
                throw JdkFailures.toErrno("listen", e);
            }
            listener = l;
            channel = null;
            state = SocketState.LISTENING;
        }
    }

    // ------------------------------------------------------------------ names

    /** {@code getsockname(fd, name, &length)}. */
    void getsockname(SockaddrBuffer name) throws ErrnoException {
        Sockaddr n;
        synchronized (lock) {
            requireOpen();
            n = ownName();
        }
        if (name == null) {
            throw new ErrnoException(Errno.EFAULT, "getsockname: null buffer");
        }
        name.store(n);
    }

    /** The socket's own name; lock held. */
    private Sockaddr ownName() throws ErrnoException {
        if (localAddress != null) {
            return localName();
        }
        if (state == SocketState.CONNECTED || state == SocketState.CONNECTING) {
            SocketAddress a = localAddressOf(channel, "getsockname");
            if (a != null) {
                return domain.nameOf(a);
            }
        }
        return domain.unboundName();
    }

    /** {@code getpeername(fd, name, &length)}. */
    void getpeername(SockaddrBuffer name) throws ErrnoException {
        Sockaddr n;
        synchronized (lock) {
            requireOpen();
            if (state == SocketState.CONNECTING) {
                advanceConnect();
            }
            if (state != SocketState.CONNECTED) {
                throw new ErrnoException(Errno.ENOTCONN, "getpeername: the socket is " + state);
            }
            if (name == null) {
                throw new ErrnoException(Errno.EFAULT, "getpeername: null buffer");
            }
            n = peerName();
        }
        name.store(n);
    }

    /** The connected peer's name, read from the channel; lock held, state CONNECTED. */
    Sockaddr peerName() throws ErrnoException {
        try {
            return domain.nameOf(channel.getRemoteAddress());
        } catch (IOException e) {
            throw JdkFailures.toErrno("getpeername", e);
        }
    }

    private static SocketAddress localAddressOf(SocketChannel ch, String call) throws ErrnoException {
        try {
            return ch.getLocalAddress();
        } catch (IOException e) {
            throw JdkFailures.toErrno(call, e);
        }
    }

    // ------------------------------------------------------------------ mode, close

    /** {@code fcntl(fd, F_SETFL, O_NONBLOCK)} or its clearing: the caller's mode only. */
    void setBlocking(boolean blocking) throws ErrnoException {
        synchronized (lock) {
            requireOpen();
            nonBlocking = !blocking;
        }
    }

    /**
     * {@code close(fd)}: the descriptor is already released. Closes the channels and wakes every
     * call blocked on this socket; they end with EBADF (Linux would leave a blocked accept
     * asleep; waking it is the documented choice here).
     */
    void close() throws ErrnoException {
        Closeable c;
        Closeable l;
        synchronized (lock) {
            state = SocketState.CLOSED;
            c = channel;
            l = listener;
            channel = null;
            listener = null;
        }
        waiting.close();
        IOException failure = null;
        for (Closeable x : new Closeable[] {c, l}) {
            try {
                if (x != null) {
                    x.close();
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw JdkFailures.toErrno("close", failure);
        }
    }

    /** Whether the socket's name was lost while it was re-bound. */
    boolean nameLost() {
        synchronized (lock) {
            return nameLost;
        }
    }

    // ------------------------------------------------------------------ shared state changes

    /** EBADF if the socket was closed (by another thread, while this call held it). Lock held. */
    void requireOpen() throws ErrnoException {
        if (state == SocketState.CLOSED) {
            throw new ErrnoException(Errno.EBADF, "the socket was closed");
        }
    }

    /** The connection's channel in non-blocking mode, for a wait in a selector. Lock held. */
    SocketChannel nonBlockingChannel(String call) throws ErrnoException {
        if (!channelNonBlocking) {
            try {
                channel.configureBlocking(false);
            } catch (IOException e) {
                throw JdkFailures.toErrno(call, e);
            }
            channelNonBlocking = true;
        }
        return channel;
    }

    /**
     * Looks whether the connect in progress has finished, without waiting. Lock held, state
     * CONNECTING. A channel in NIO's blocking mode belongs to a UNIX-domain connect that sleeps
     * in another thread; it is left alone (PENDING). A failure is kept for the next connect (state CONNECT_FAILED) and the name is
     * bound again at once, to keep the window in which another socket could take it short.
     */
    ConnectProgress advanceConnect() throws ErrnoException {
        SocketChannel ch = channel;
        if (!channelNonBlocking) {
            return ConnectProgress.PENDING; // a UNIX-domain connect sleeping in NIO's blocking connect
        }
        try {
            if (ch.finishConnect()) {
                state = SocketState.CONNECTED;
                return ConnectProgress.DONE;
            }
            return ConnectProgress.PENDING;
        } catch (IOException | RuntimeException e) {
            afterFailedConnect(ch);
            pendingError = JdkFailures.toErrno("connect", e).errno();
            state = SocketState.CONNECT_FAILED;
            return ConnectProgress.FAILED;
        }
    }

    /**
     * After a connect failed, NIO has closed the channel: holds the name again on a fresh one
     * (state BOUND), or, for a socket that had no name, goes back to UNBOUND. Lock held.
     */
    void afterFailedConnect(SocketChannel failed) {
        retire(failed);
        if (state == SocketState.CLOSED) {
            return;
        }
        channel = null;
        channelNonBlocking = false;
        if (localAddress == null) {
            state = SocketState.UNBOUND;
            return;
        }
        retakeName(false);
        state = SocketState.BOUND;
    }

    /**
     * Binds a fresh placeholder to the recorded name; marks the name lost if another socket took
     * it. Lock held.
     */
    void retakeName(boolean reuseWhileBinding) {
        channel = resources.keeper.retake(domain, localAddress, fileKey, reuseWhileBinding, nameLost);
        channelNonBlocking = false;
        nameLost = channel == null;
        if (domain.isUnix() && channel != null) {
            fileKey = UnixDomain.fileKey(localAddress);
        }
    }

    /**
     * The error of a connect that failed in the background, for a connect: the socket is
     * unconnected afterwards, with its name. Lock held, state CONNECT_FAILED.
     */
    ErrnoException reportConnectFailure() {
        Errno e = pendingError;
        pendingError = null;
        state = localAddress != null ? SocketState.BOUND : SocketState.UNBOUND;
        return new ErrnoException(e, "connect failed");
    }

    /**
     * The error of a connect that failed in the background, for send or recv: Linux reports the
     * socket error once, and a later connect then gives ECONNABORTED. Lock held, state
     * CONNECT_FAILED.
     */
    ErrnoException consumeConnectFailure(String call) {
        Errno e = pendingError;
        pendingError = Errno.ECONNABORTED;
        return new ErrnoException(e, call + ": the connect failed");
    }

    /** Closes a channel this socket no longer uses and wakes the calls that wait on it. */
    void retire(Closeable c) {
        Channels.closeQuietly(c);
        waiting.wakeAll();
    }

    /** The socket's own name, for a log line or a message. */
    @Override
    public String toString() {
        synchronized (lock) {
            return "NioSocket{" + domain.getClass().getSimpleName() + ", " + state
                    + (localAddress == null ? "" : ", " + localName().describe())
                    + (nameLost ? ", name lost" : "") + "}";
        }
    }
}
