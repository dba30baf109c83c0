package dev.rendezvous.reference;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * {@code connect(fd, address, length)}, with the emulations NIO needs to keep the contract.
 *
 * <ul>
 *   <li><b>The order of the checks</b> is Linux's. Internet domain: a length below 2 is
 *       EINVAL; {@code AF_UNSPEC} dissolves the association (below); then the state (EISCONN
 *       when connected or listening, EALREADY while a connect is in progress); only then the
 *       name (short length EINVAL, wrong family EAFNOSUPPORT). UNIX domain: the name first
 *       (EINVAL), then the peer (ENOENT, ECONNREFUSED), then the state (EISCONN when connected,
 *       EINVAL when listening).</li>
 *   <li><b>Automatic name</b>: an unbound Internet socket is bound by this implementation just
 *       before it connects ({@link AutoBindSource}), so its name is known even if the connect
 *       fails; a UNIX-domain socket gets none, as on Linux.</li>
 *   <li><b>The name remains after a failure</b>: NIO closes the channel of a failed connect; the
 *       name is bound again on a fresh channel ({@link NameKeeper}, which detects and reports a
 *       name another socket took in between). Linux keeps an automatic name but releases its
 *       port; this implementation keeps holding the port, as the contract's text reads.</li>
 *   <li><b>Blocking connect</b> (Internet domain) is a non-blocking connect followed by a sleep
 *       in a selector: an interrupt ends it with EINTR, and the connection goes on in the
 *       background, as on Linux; a later connect waits for it again (blocking mode) or gives
 *       EALREADY (non-blocking mode).</li>
 *   <li><b>Non-blocking connect</b> gives EINPROGRESS, and completes in the background: a later
 *       call looks at the channel ({@code finishConnect}, which does not wait) and connect then
 *       gives EALREADY while it is pending, EISCONN once it is established, or its error once.
 *       (Linux gives 0 instead of EISCONN to the first connect after a background completion;
 *       the SPI and POSIX say EISCONN.) A blocking connect that waits for a connection to
 *       complete returns normally.</li>
 *   <li><b>UNIX domain</b>: connecting completes at once or fails (EAGAIN when the listener's
 *       queue is full). A blocking connect that meets a full queue sleeps in NIO's blocking
 *       connect; an interrupt there makes NIO close the channel, so the socket gets a fresh one
 *       (with its name again) and the call gives EINTR — the socket stays usable, and no
 *       connection was under way, as on Linux.</li>
 *   <li><b>{@code AF_UNSPEC}</b> (Internet domain) does what Linux does: it succeeds and
 *       dissolves the association. An unconnected socket stays as it is; a connection (or a
 *       connect in progress) is reset and the socket keeps its name (an accepted socket, whose
 *       port is the listener's, becomes unbound); a listener stops listening and keeps its name.
 *       The UNIX domain answers EINVAL, as Linux does.</li>
 * </ul>
 */
final class Connector {
    private final ChannelWaiter waiter;

    Connector(ChannelWaiter waiter) {
        this.waiter = waiter;
    }

    void connect(NioSocket s, byte[] address, int length) throws ErrnoException {
        AddressInput.check(address, length);
        if (s.domain.isUnix()) {
            connectUnix(s, address, length);
            return;
        }
        if (length < 2) {
            throw new ErrnoException(Errno.EINVAL, "connect: " + length + " bytes hold no family");
        }
        if (AddressInput.familyOf(address) == AddressFamily.AF_UNSPEC) {
            disconnect(s);
            return;
        }
        connectInet(s, address, length);
    }

    private void connectInet(NioSocket s, byte[] address, int length) throws ErrnoException {
        SocketChannel pending;
        synchronized (s.lock) {
            s.requireOpen();
            switch (s.state) {
                case CONNECTED:
                case LISTENING:
                    throw new ErrnoException(Errno.EISCONN, "connect: the socket is " + s.state);
                case CONNECT_FAILED:
                    throw s.reportConnectFailure();
                case CONNECTING:
                    pending = continuePending(s);
                    break;
                default:
                    InetDomain d = (InetDomain) s.domain;
                    InetSocketAddress to = towardsLoopback(d, (InetSocketAddress) d.parse(address, length, false));
                    SocketChannel ch = inetChannel(s, d, to);
                    if (start(s, ch, to)) {
                        return;
                    }
                    pending = ch;
                    break;
            }
        }
        awaitConnected(s, pending);
    }

    /** A connect on a socket whose connect is in progress. Lock held. */
    private static SocketChannel continuePending(NioSocket s) throws ErrnoException {
        NioSocket.ConnectProgress p = s.advanceConnect();
        if (p == NioSocket.ConnectProgress.DONE) {
            throw new ErrnoException(Errno.EISCONN, "connect: the connection was established before this call");
        }
        if (p == NioSocket.ConnectProgress.FAILED) {
            throw s.reportConnectFailure();
        }
        if (s.nonBlocking) {
            throw new ErrnoException(Errno.EALREADY, "connect: a connect is in progress");
        }
        return s.channel;
    }

    /** Linux sends a connect to the wildcard address to the loopback address. */
    private static InetSocketAddress towardsLoopback(InetDomain d, InetSocketAddress to) {
        InetAddress ip = to.getAddress();
        if (!ip.isAnyLocalAddress()) {
            return to;
        }
        InetAddress lo = ip instanceof Inet4Address ? InetDomain.V4.loopback() : d.loopback();
        return new InetSocketAddress(lo, to.getPort());
    }

    /** The channel to connect: the placeholder of a bound socket, or a new, automatically bound one. Lock held. */
    private static SocketChannel inetChannel(NioSocket s, InetDomain d, InetSocketAddress to) throws ErrnoException {
        if (s.state == SocketState.BOUND) {
            return boundChannel(s);
        }
        InetAddress source = AutoBindSource.forDestination(d, to);
        SocketChannel ch = open(s);
        if (source == null) {
            return ch;
        }
        try {
            ch.bind(source == d.loopback() ? d.loopbackAnyPort() : new InetSocketAddress(source, 0));
            s.named(ch.getLocalAddress());
        } catch (IOException e) {
            Channels.closeQuietly(ch);
            ErrnoException x = JdkFailures.toErrno("connect", e);
            if (x.errno() == Errno.EADDRINUSE) {
                throw new ErrnoException(Errno.EADDRNOTAVAIL, "connect: no free local port", e);
            }
            throw x;
        }
        return ch;
    }

    /** The placeholder holding a bound socket's name; taken again if it was lost. Lock held. */
    private static SocketChannel boundChannel(NioSocket s) throws ErrnoException {
        if (s.channel == null) {
            s.retakeName(false);
            if (s.channel == null) {
                throw new ErrnoException(
                        Errno.EADDRINUSE, "connect: the socket's name was taken by another socket and is still taken");
            }
        }
        return s.channel;
    }

    private static SocketChannel open(NioSocket s) throws ErrnoException {
        try {
            SocketChannel ch = SocketChannel.open(s.domain.protocolFamily());
            s.channelNonBlocking = false;
            return ch;
        } catch (IOException e) {
            throw JdkFailures.toErrno("connect", e);
        }
    }

    /**
     * Starts a non-blocking connect. A blocking call looks at once whether it finished (on
     * loopback it nearly always has, which spares it a sleep in a selector); a non-blocking
     * call does not look, so it gives EINPROGRESS as Linux does even on loopback. Lock held.
     *
     * @return {@code true} if connected; {@code false} if a blocking call must wait
     * @throws ErrnoException the connect's error (the name kept), or EINPROGRESS in
     *     non-blocking mode
     */
    private static boolean start(NioSocket s, SocketChannel ch, SocketAddress to) throws ErrnoException {
        s.channel = ch;
        s.state = SocketState.CONNECTING;
        try {
            s.nonBlockingChannel("connect");
            if (ch.connect(to) || (!s.nonBlocking && ch.finishConnect())) {
                s.state = SocketState.CONNECTED;
                return true;
            }
        } catch (IOException | RuntimeException e) {
            s.afterFailedConnect(ch);
            throw JdkFailures.toErrno("connect", e);
        } catch (ErrnoException e) {
            s.afterFailedConnect(ch);
            throw e;
        }
        if (s.nonBlocking) {
            throw new ErrnoException(Errno.EINPROGRESS, "connect: in progress");
        }
        return false;
    }

    /** Sleeps until the connect in progress on {@code ch} ends; returns once connected. */
    private void awaitConnected(NioSocket s, SocketChannel ch) throws ErrnoException {
        SocketChannel current = ch;
        while (true) {
            waiter.await(current, SelectionKey.OP_CONNECT, s.waiting, "connect");
            synchronized (s.lock) {
                s.requireOpen();
                switch (s.state) {
                    case CONNECTED:
                        return;
                    case CONNECT_FAILED:
                        throw s.reportConnectFailure();
                    case CONNECTING:
                        NioSocket.ConnectProgress p = s.advanceConnect();
                        if (p == NioSocket.ConnectProgress.DONE) {
                            return;
                        }
                        if (p == NioSocket.ConnectProgress.FAILED) {
                            throw s.reportConnectFailure();
                        }
                        current = s.channel;
                        break;
                    default:
                        throw new ErrnoException(
                                Errno.ECONNABORTED, "connect: another call dissolved the connection attempt");
                }
            }
        }
    }

    // ------------------------------------------------------------------ UNIX domain

    private void connectUnix(NioSocket s, byte[] address, int length) throws ErrnoException {
        SocketAddress target = s.domain.parse(address, length, false);
        SocketChannel pending = null;
        SocketChannel sleeping = null;
        synchronized (s.lock) {
            s.requireOpen();
            switch (s.state) {
                case CONNECTED:
                    UnixDomain.checkPeer(target);
                    throw new ErrnoException(Errno.EISCONN, "connect: the socket is connected");
                case LISTENING:
                    UnixDomain.checkPeer(target);
                    throw new ErrnoException(Errno.EINVAL, "connect: the AF_UNIX socket is listening");
                case CONNECTING:
                    throw new ErrnoException(Errno.EALREADY, "connect: a connect is in progress");
                case CONNECT_FAILED:
                    throw s.reportConnectFailure();
                default:
                    break;
            }
            SocketChannel ch = s.state == SocketState.BOUND ? boundChannel(s) : open(s);
            try {
                if (start(s, ch, target)) {
                    return;
                }
                pending = ch;
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EAGAIN || s.nonBlocking) {
                    throw e;
                }
                if (Thread.interrupted()) {
                    throw new ErrnoException(Errno.EINTR, "connect interrupted");
                }
                sleeping = s.state == SocketState.BOUND ? boundChannel(s) : open(s);
                s.channel = sleeping;
                s.state = SocketState.CONNECTING;
            }
        }
        if (sleeping != null) {
            connectBlocking(s, sleeping, target);
        } else {
            awaitConnected(s, pending);
        }
    }

    /**
     * A UNIX-domain connect that must sleep until the listener's queue has room: NIO's blocking
     * connect, the only way NIO can wait for that.
     */
    private static void connectBlocking(NioSocket s, SocketChannel ch, SocketAddress to) throws ErrnoException {
        try {
            ch.connect(to);
        } catch (ClosedByInterruptException e) {
            synchronized (s.lock) {
                s.afterFailedConnect(ch);
                Thread.interrupted();
                s.requireOpen();
            }
            throw new ErrnoException(Errno.EINTR, "connect interrupted", e);
        } catch (AsynchronousCloseException e) {
            throw new ErrnoException(Errno.EBADF, "connect: the socket was closed", e);
        } catch (IOException | RuntimeException e) {
            synchronized (s.lock) {
                s.afterFailedConnect(ch);
                s.requireOpen();
            }
            throw JdkFailures.toErrno("connect", e);
        }
        synchronized (s.lock) {
            s.requireOpen();
            s.state = SocketState.CONNECTED;
        }
    }

    // ------------------------------------------------------------------ AF_UNSPEC

    /** {@code connect} with {@code AF_UNSPEC}: dissolves the association, as Linux does. */
    private static void disconnect(NioSocket s) throws ErrnoException {
        synchronized (s.lock) {
            s.requireOpen();
            switch (s.state) {
                case CONNECT_FAILED:
                    s.pendingError = null;
                    s.state = s.localAddress != null ? SocketState.BOUND : SocketState.UNBOUND;
                    return;
                case CONNECTING:
                case CONNECTED:
                    SocketChannel ch = s.channel;
                    Channels.setQuietly(ch, StandardSocketOptions.SO_REUSEADDR, true);
                    Channels.setQuietly(ch, StandardSocketOptions.SO_LINGER, 0);
                    s.retire(ch);
                    s.channel = null;
                    if (s.localAddress == null) {
                        s.state = SocketState.UNBOUND;
                        return;
                    }
                    s.retakeName(true);
                    s.state = SocketState.BOUND;
                    return;
                case LISTENING:
                    s.retire(s.listener);
                    s.listener = null;
                    s.retakeName(true);
                    s.state = SocketState.BOUND;
                    return;
                default:
                    return; // unbound or bound: nothing to dissolve
            }
        }
    }
}
