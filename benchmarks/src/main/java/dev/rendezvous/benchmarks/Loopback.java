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

/**
 * The two listeners a benchmark compares: one through the SPI, one in raw NIO, both on
 * 127.0.0.1 with a backlog of {@link #BACKLOG}, both in blocking mode.
 */
final class Loopback implements AutoCloseable {
    static final int BACKLOG = 128;

    final NioSocketStack stack = new NioSocketStack();
    final int listener;
    final byte[] listenerName;
    final ServerSocketChannel rawListener;
    final InetSocketAddress rawName;

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

    @Override
    public void close() throws ErrnoException, IOException {
        stack.close(listener);
        rawListener.close();
    }
}
