package dev.rendezvous.reference;

import dev.rendezvous.api.ErrnoException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Makes the listening channel for listen: NIO binds and listens in one call, so the name a
 * socket holds since bind (in a {@link Placeholder}) must move to a new
 * {@code ServerSocketChannel}.
 *
 * <ul>
 *   <li>Internet domain, no window: {@code SO_REUSEADDR} is set on the placeholder, and the new
 *       listener (which has it too) binds the same name while the placeholder still holds it —
 *       Linux lets two sockets that both set it share a port as long as neither listens — then
 *       the placeholder is closed. While the option is set on the placeholder (microseconds),
 *       another socket that sets it too could bind the port as well; without the option, none
 *       can.</li>
 *   <li>UNIX domain, a short window: the name is a file, and a second socket cannot bind an
 *       existing file. The placeholder's file is removed (only if it is still the file it made)
 *       and the listener binds the path at once. If another socket took the path in between,
 *       listen fails with EADDRINUSE and the name is counted as lost ({@link NameKeeper}).</li>
 *   <li>An unbound Internet socket: Linux binds the wildcard address with a free port; the
 *       project's sockets never bind to all interfaces, so the listener binds the loopback
 *       address of the family with port 0 (a documented deviation: getsockname reports
 *       127.0.0.1 or ::1, not the wildcard).</li>
 * </ul>
 */
final class ListenerStart {
    private ListenerStart() {}

    /** A bound, listening channel for the socket, whose state is UNBOUND or BOUND. Lock held. */
    static ServerSocketChannel start(NioSocket s, int backlog) throws ErrnoException {
        if (s.state == SocketState.UNBOUND) {
            InetDomain d = (InetDomain) s.domain;
            ServerSocketChannel l = listen(d.protocolFamily(), d.loopbackAnyPort(), backlog);
            try {
                s.named(l.getLocalAddress());
            } catch (IOException e) {
                Channels.closeQuietly(l);
                throw JdkFailures.toErrno("listen", e);
            }
            return l;
        }
        return s.domain.isUnix() ? fromUnixPlaceholder(s, backlog) : fromInetPlaceholder(s, backlog);
    }

    private static ServerSocketChannel fromInetPlaceholder(NioSocket s, int backlog) throws ErrnoException {
        SocketChannel placeholder = s.channel;
        if (placeholder != null) {
            Channels.setQuietly(placeholder, StandardSocketOptions.SO_REUSEADDR, true);
        }
        ServerSocketChannel l;
        try {
            l = listen(s.domain.protocolFamily(), s.localAddress, backlog);
        } catch (ErrnoException e) {
            if (placeholder != null) {
                Channels.setQuietly(placeholder, StandardSocketOptions.SO_REUSEADDR, false);
            }
            throw e;
        }
        s.retire(placeholder);
        s.nameLost = false;
        return l;
    }

    private static ServerSocketChannel fromUnixPlaceholder(NioSocket s, int backlog) throws ErrnoException {
        SocketChannel placeholder = s.channel;
        boolean removed = placeholder != null && NameKeeper.removeOwnFile(s.localAddress, s.fileKey);
        ServerSocketChannel l;
        try {
            l = listen(s.domain.protocolFamily(), s.localAddress, backlog);
        } catch (ErrnoException e) {
            if (removed) {
                s.resources.keeper.recordLoss(s.localName(), e);
                s.retire(placeholder);
                s.channel = null;
                s.nameLost = true;
            }
            throw e;
        }
        s.retire(placeholder);
        s.fileKey = UnixDomain.fileKey(s.localAddress);
        s.nameLost = false;
        return l;
    }

    private static ServerSocketChannel listen(ProtocolFamily family, SocketAddress address, int backlog)
            throws ErrnoException {
        ServerSocketChannel l = null;
        try {
            l = ServerSocketChannel.open(family);
            if (address instanceof InetSocketAddress) {
                l.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            l.bind(address, backlog);
            return l;
        } catch (IOException e) {
            Channels.closeQuietly(l);
            throw JdkFailures.toErrno("listen", e);
        }
    }
}
