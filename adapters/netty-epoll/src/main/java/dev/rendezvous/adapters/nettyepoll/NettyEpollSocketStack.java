package dev.rendezvous.adapters.nettyepoll;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import io.netty.channel.ChannelException;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.LinuxSocket;
import io.netty.channel.unix.NativeInetAddress;
import io.netty.util.Version;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The SPI on Netty's native epoll transport: {@link LinuxSocket}, Netty's own JNI binding of
 * the socket calls, on real descriptors. Each SPI call is the one library call of the same
 * name; the library's failures become errnos through {@link NettyErrors}, its address objects
 * become {@code sockaddr} bytes through {@link NettyNames}.
 *
 * <p>The one thing the library lacks is blocking mode: every Netty socket is non-blocking in
 * the kernel, and Netty waits through its epoll event loop. In the SPI's blocking mode (the
 * default) a call that would block waits for the socket's next readiness edge from that event
 * loop ({@link Readiness}) and tries again, as a Netty program does; in non-blocking mode
 * ({@link #setBlocking}) the library's "would block" passes through as EAGAIN (EINPROGRESS for
 * connect). What follows from the library, left as it is:
 * <ul>
 *   <li>a blocking UNIX-domain connect to a listener whose queue is full fails at once with
 *       EAGAIN (the kernel answers so for a non-blocking socket; nothing tells when to retry);</li>
 *   <li>a repeated non-blocking connect while one is pending reports EINPROGRESS, not EALREADY
 *       (Netty reports both as "not yet");</li>
 *   <li>ENETUNREACH is reported as EHOSTUNREACH (Netty throws one exception for both);</li>
 *   <li>a UNIX-domain bind first unlinks the path (Netty does), so binding a path in use
 *       succeeds and takes it over instead of EADDRINUSE;</li>
 *   <li>getsockname and getpeername go through Netty, which returns null instead of an errno;
 *       for getpeername that is ENOTCONN, for getsockname EBADF;</li>
 *   <li>value-result lengths are applied to the name Netty returned
 *       ({@link SockaddrBuffer#store}), as the library has no such parameter;</li>
 *   <li>a connect on a socket that a blocking-mode connect has just connected returns 0 once
 *       instead of EISCONN: the library's connect is non-blocking and its completion only reads
 *       {@code SO_ERROR}, which leaves the kernel socket "connecting", so the next
 *       {@code connect(2)} completes it (a third call gives EISCONN). The kit reports it on
 *       CONNECTION-ASYMMETRIC; README.md has the trace.</li>
 * </ul>
 *
 * <p>{@link Thread#interrupt()} of a thread waiting in a blocking call ends the wait: the call
 * fails with EINTR, the interrupt status is clear, the socket stays open. A thread already
 * interrupted when it makes a blocking-mode call fails with EINTR at once, its status cleared.
 *
 * <p>Linux x86-64 only: the native library is Netty's {@code linux-x86_64} jar.
 */
public final class NettyEpollSocketStack implements SocketStack {
    private static final Set<Feature> FEATURES = Collections.unmodifiableSet(
            EnumSet.of(Feature.INET, Feature.INET6, Feature.UNIX, Feature.NONBLOCKING, Feature.CROSS_PROCESS));
    /** Netty's own size for an accepted peer's address: a length byte, then up to 24. */
    private static final int ACCEPTED_ADDRESS_SIZE = 25;

    private final Map<Integer, OpenSocket> held = new ConcurrentHashMap<>();
    private final AtomicBoolean released = new AtomicBoolean();

    /**
     * A stack with no descriptors yet.
     *
     * @throws IllegalStateException if Netty's native epoll library cannot be loaded here
     */
    public NettyEpollSocketStack() {
        if (!Epoll.isAvailable()) {
            throw new IllegalStateException(
                    "Netty's native epoll transport is not available: " + Epoll.unavailabilityCause(),
                    Epoll.unavailabilityCause());
        }
        Readiness.retainLoop();
    }

    @Override
    public String name() {
        return "netty-epoll";
    }

    @Override
    public String version() {
        Version v = Version.identify().get("netty-transport-classes-epoll");
        return v == null ? "unknown" : v.artifactVersion();
    }

    @Override
    public Set<Feature> features() {
        return FEATURES;
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        if (type != SocketType.SOCK_STREAM && type != SocketType.SOCK_DGRAM) {
            throw new ErrnoException(Errno.ESOCKTNOSUPPORT, "Netty makes stream and datagram sockets only");
        }
        boolean stream = type == SocketType.SOCK_STREAM;
        LinuxSocket socket;
        try {
            switch (domain) {
                case AddressFamily.AF_INET:
                case AddressFamily.AF_INET6:
                    boolean ipv6 = domain == AddressFamily.AF_INET6;
                    socket = stream ? LinuxSocket.newSocketStream(ipv6) : LinuxSocket.newSocketDgram(ipv6);
                    break;
                case AddressFamily.AF_UNIX:
                    socket = stream ? LinuxSocket.newSocketDomain() : LinuxSocket.newSocketDomainDgram();
                    break;
                default:
                    throw new ErrnoException(
                            Errno.EAFNOSUPPORT, "Netty makes no sockets of family " + AddressFamily.name(domain));
            }
        } catch (ChannelException e) {
            throw NettyErrors.toErrno("socket", e);
        }
        held.put(socket.intValue(), new OpenSocket(socket, domain));
        return socket.intValue();
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        OpenSocket s = held(fd);
        SocketAddress name = NettyNames.decode(address, length);
        try {
            s.socket.bind(name);
        } catch (IOException | RuntimeException e) {
            throw NettyErrors.toErrno("bind", e);
        }
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        OpenSocket s = held(fd);
        try {
            s.socket.listen(backlog);
        } catch (IOException | RuntimeException e) {
            throw NettyErrors.toErrno("listen", e);
        }
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        OpenSocket s = held(fd);
        if (NettyNames.familyOf(address, length) == AddressFamily.AF_UNSPEC) {
            disconnect(s);
            return;
        }
        SocketAddress name = NettyNames.decode(address, length);
        boolean[] started = {false};
        Waiting.perform(s, "connect", Errno.EINPROGRESS, () -> {
            if (!started[0]) {
                started[0] = true;
                return s.socket.connect(name) ? Boolean.TRUE : null;
            }
            return s.socket.finishConnect() && s.peerName() != null ? Boolean.TRUE : null;
        });
    }

    private static void disconnect(OpenSocket s) throws ErrnoException {
        try {
            s.socket.disconnect();
        } catch (IOException | RuntimeException e) {
            throw NettyErrors.toErrno("connect(AF_UNSPEC)", e);
        }
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        OpenSocket s = held(fd);
        if (from != null) {
            from.checkOffered();
        }
        byte[] peer = new byte[ACCEPTED_ADDRESS_SIZE];
        int accepted = Waiting.perform(s, "accept", Errno.EAGAIN, () -> {
            int result = s.socket.accept(peer);
            return result < 0 ? null : result;
        });
        OpenSocket socket = new OpenSocket(LinuxSocket.newSocket(accepted), s.family);
        held.put(accepted, socket);
        if (from != null) {
            SocketAddress name =
                    s.family == AddressFamily.AF_UNIX ? socket.peerName() : NativeInetAddress.address(peer, 1, peer[0]);
            from.store(NettyNames.encode(name, s.family));
        }
        return accepted;
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        OpenSocket s = held(fd);
        storeName(name, s.localName(), s.family, Errno.EBADF, "getsockname");
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        OpenSocket s = held(fd);
        storeName(name, s.peerName(), s.family, Errno.ENOTCONN, "getpeername");
    }

    private static void storeName(SockaddrBuffer buffer, SocketAddress name, int family, Errno whenNone, String call)
            throws ErrnoException {
        if (buffer == null) {
            throw new ErrnoException(Errno.EFAULT, call + " without a buffer");
        }
        buffer.checkOffered();
        if (name == null) {
            throw new ErrnoException(whenNone, call + ": Netty reports no name");
        }
        buffer.store(NettyNames.encode(name, family));
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        OpenSocket s = held(fd);
        requireRange(buffer, offset, length);
        ByteBuffer data = ByteBuffer.allocateDirect(length);
        data.put(buffer, offset, length);
        return Waiting.perform(s, "send", Errno.EAGAIN, () -> {
            int sent = s.socket.send(data, 0, length);
            return sent == 0 && length > 0 ? null : sent;
        });
    }

    @Override
    public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        OpenSocket s = held(fd);
        requireRange(buffer, offset, length);
        ByteBuffer data = ByteBuffer.allocateDirect(length);
        int received = Waiting.perform(s, "recv", Errno.EAGAIN, () -> {
            int n = s.socket.recv(data, 0, length);
            return n == 0 ? null : n;
        });
        if (received < 0) {
            return 0;
        }
        data.get(0, buffer, offset, received);
        return received;
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        held(fd).setBlocking(blocking);
    }

    @Override
    public void close(int fd) throws ErrnoException {
        OpenSocket s = held.remove(fd);
        if (s == null) {
            throw notHeld(fd);
        }
        try {
            s.close();
        } catch (IOException | RuntimeException e) {
            throw NettyErrors.toErrno("close", e);
        }
    }

    /**
     * Closes the descriptors still open and leaves the shared event loop, which ends with the
     * last stack released (Netty's event loop would otherwise live until the JVM exits).
     */
    @Override
    public void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        for (Integer fd : List.copyOf(held.keySet())) {
            OpenSocket s = held.remove(fd);
            if (s != null) {
                try {
                    s.close();
                } catch (IOException | RuntimeException e) {
                    // released anyway: the descriptor is gone from the stack
                }
            }
        }
        Readiness.releaseLoop();
    }

    private OpenSocket held(int fd) throws ErrnoException {
        OpenSocket s = held.get(fd);
        if (s == null) {
            throw notHeld(fd);
        }
        return s;
    }

    private static ErrnoException notHeld(int fd) {
        return new ErrnoException(Errno.EBADF, "descriptor " + fd + " is not held by this stack");
    }

    private static void requireRange(byte[] buffer, int offset, int length) throws ErrnoException {
        if (buffer == null || offset < 0 || length < 0 || offset > buffer.length - length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "range " + offset + "+" + length + " outside the buffer"
                            + (buffer == null ? " (null)" : " of " + buffer.length));
        }
    }
}
