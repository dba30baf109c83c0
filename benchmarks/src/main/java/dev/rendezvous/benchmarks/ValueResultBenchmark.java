package dev.rendezvous.benchmarks;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The value-result path: a connection's life as in {@link ConnectAcceptCloseBenchmark}, plus
 * the client's name three ways — accept with a buffer, the client's getsockname, the accepted
 * socket's getpeername — through the SPI ({@code spi}) and in raw NIO ({@code raw}, where
 * they are {@code accept}'s address, {@code getLocalAddress} and {@code getRemoteAddress}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValueResultBenchmark {
    private Loopback loopback;
    private final SockaddrBuffer from = new SockaddrBuffer(Sockaddr.SIZEOF_SOCKADDR_IN);
    private final SockaddrBuffer own = new SockaddrBuffer(Sockaddr.SIZEOF_SOCKADDR_IN);
    private final SockaddrBuffer peer = new SockaddrBuffer(Sockaddr.SIZEOF_SOCKADDR_IN);

    @Setup(Level.Trial)
    public void open() throws ErrnoException, IOException {
        loopback = new Loopback();
    }

    @TearDown(Level.Trial)
    public void close() throws ErrnoException, IOException {
        loopback.close();
    }

    /** connect, accept into a buffer, getsockname, getpeername, close both, through the SPI. */
    @Benchmark
    public void spi(Blackhole bh) throws ErrnoException {
        Loopback l = loopback;
        int c = l.stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        l.stack.connect(c, l.listenerName, l.listenerName.length);
        from.setLength(Sockaddr.SIZEOF_SOCKADDR_IN);
        int a = l.stack.accept(l.listener, from);
        own.setLength(Sockaddr.SIZEOF_SOCKADDR_IN);
        l.stack.getsockname(c, own);
        peer.setLength(Sockaddr.SIZEOF_SOCKADDR_IN);
        l.stack.getpeername(a, peer);
        bh.consume(from.storage());
        bh.consume(own.storage());
        bh.consume(peer.storage());
        l.stack.close(a);
        l.stack.close(c);
    }

    /** The same in raw NIO. */
    @Benchmark
    public void raw(Blackhole bh) throws IOException {
        Loopback l = loopback;
        SocketChannel c = SocketChannel.open(l.rawName);
        SocketChannel a = l.rawListener.accept();
        SocketAddress acceptedFrom = a.getRemoteAddress();
        SocketAddress ownName = c.getLocalAddress();
        SocketAddress peerName = a.getRemoteAddress();
        bh.consume(acceptedFrom);
        bh.consume(ownName);
        bh.consume(peerName);
        a.close();
        c.close();
    }
}
