package dev.rendezvous.benchmarks;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.reference.NioSocketStack;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The two paths a benchmark compares, on 127.0.0.1: a listener through the SPI and one in raw
 * NIO (backlog {@link #BACKLOG}, blocking mode), and one cycle of each path. In every cycle the
 * accepted side closes first, so that TIME_WAIT stays on the listener's port and the client
 * ports are free again at once.
 */
final class Loopback implements AutoCloseable {
    static final int BACKLOG = 128;

    private final NioSocketStack stack = new NioSocketStack();
    private final int listener;
    private final byte[] listenerName;
    private final ServerSocketChannel rawListener;
    private final InetSocketAddress rawName;
    private final SockaddrBuffer from = new SockaddrBuffer(Sockaddr.SIZEOF_SOCKADDR_IN);
    private final SockaddrBuffer own = new SockaddrBuffer(Sockaddr.SIZEOF_SOCKADDR_IN);
    private final SockaddrBuffer peer = new SockaddrBuffer(Sockaddr.SIZEOF_SOCKADDR_IN);

    Loopback() throws ErrnoException, IOException {
        InetAddress lo = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        listener = stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        Sockaddr any = Sockaddr.inet(lo, 0);
        stack.bind(listener, any.bytes(), any.length());
        stack.listen(listener, BACKLOG);
        SockaddrBuffer b = new SockaddrBuffer(Sockaddr.SIZEOF_SOCKADDR_IN);
        stack.getsockname(listener, b);
        listenerName = b.name().bytes();

        rawListener = ServerSocketChannel.open(StandardProtocolFamily.INET);
        rawListener.bind(new InetSocketAddress(lo, 0), BACKLOG);
        rawName = (InetSocketAddress) rawListener.getLocalAddress();
    }

    /** Through the SPI: socket, connect, accept (no buffer), close, close. */
    int spiCycle() throws ErrnoException {
        int c = stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        stack.connect(c, listenerName, listenerName.length);
        int a = stack.accept(listener, null);
        stack.close(a);
        stack.close(c);
        return a;
    }

    /** In raw NIO: SocketChannel.open(address), accept, close, close. */
    boolean rawCycle() throws IOException {
        SocketChannel c = SocketChannel.open(rawName);
        SocketChannel a = rawListener.accept();
        a.close();
        c.close();
        return a.isOpen();
    }

    /**
     * Through the SPI, the value-result path: connect, accept into a buffer, the client's
     * getsockname, the accepted socket's getpeername, close both.
     */
    int spiNamesCycle() throws ErrnoException {
        int c = stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        stack.connect(c, listenerName, listenerName.length);
        from.setLength(Sockaddr.SIZEOF_SOCKADDR_IN);
        int a = stack.accept(listener, from);
        own.setLength(Sockaddr.SIZEOF_SOCKADDR_IN);
        stack.getsockname(c, own);
        peer.setLength(Sockaddr.SIZEOF_SOCKADDR_IN);
        stack.getpeername(a, peer);
        stack.close(a);
        stack.close(c);
        return from.storage()[3] + own.storage()[3] + peer.storage()[3];
    }

    /**
     * In raw NIO, the same names: accept's address ({@code getRemoteAddress} of the accepted
     * channel), the client's {@code getLocalAddress}, the accepted channel's {@code getRemoteAddress}.
     */
    int rawNamesCycle() throws IOException {
        SocketChannel c = SocketChannel.open(rawName);
        SocketChannel a = rawListener.accept();
        int h = a.getRemoteAddress().hashCode()
                + c.getLocalAddress().hashCode()
                + a.getRemoteAddress().hashCode();
        a.close();
        c.close();
        return h;
    }

    @Override
    public void close() throws ErrnoException, IOException {
        stack.close(listener);
        rawListener.close();
    }
}
