package dev.rendezvous.benchmarks;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SocketType;
import java.io.IOException;
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

/**
 * One connection's life on loopback, one thread: socket + connect, accept, close both — through
 * the SPI ({@code spi}) and in raw NIO ({@code raw}) in the same run. The accepted side closes
 * first in both, so that TIME_WAIT stays on the listener's port and the client ports are free
 * again at once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConnectAcceptCloseBenchmark {
    private Loopback loopback;

    @Setup(Level.Trial)
    public void open() throws ErrnoException, IOException {
        loopback = new Loopback();
    }

    @TearDown(Level.Trial)
    public void close() throws ErrnoException, IOException {
        loopback.close();
    }

    /** socket, connect, accept (no buffer), close, close through the SPI. */
    @Benchmark
    public int spi() throws ErrnoException {
        Loopback l = loopback;
        int c = l.stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        l.stack.connect(c, l.listenerName, l.listenerName.length);
        int a = l.stack.accept(l.listener, null);
        l.stack.close(a);
        l.stack.close(c);
        return a;
    }

    /** The same in raw NIO: SocketChannel.open(address), accept, close, close. */
    @Benchmark
    public boolean raw() throws IOException {
        Loopback l = loopback;
        SocketChannel c = SocketChannel.open(l.rawName);
        SocketChannel a = l.rawListener.accept();
        a.close();
        c.close();
        return a.isOpen();
    }
}
