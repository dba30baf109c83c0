package dev.rendezvous.benchmarks;

import dev.rendezvous.api.ErrnoException;
import java.io.IOException;
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
 * The value-result path: a connection's life as in {@link ConnectAcceptCloseBenchmark}, plus
 * the client's name three ways — accept with a buffer, the client's getsockname, the accepted
 * socket's getpeername — through the SPI ({@code spi}) and in raw NIO ({@code raw}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValueResultBenchmark {
    private Loopback loopback;

    @Setup(Level.Trial)
    public void open() throws ErrnoException, IOException {
        loopback = new Loopback();
    }

    @TearDown(Level.Trial)
    public void close() throws ErrnoException, IOException {
        loopback.close();
    }

    /** {@link Loopback#spiNamesCycle()}. */
    @Benchmark
    public int spi() throws ErrnoException {
        return loopback.spiNamesCycle();
    }

    /** {@link Loopback#rawNamesCycle()}. */
    @Benchmark
    public int raw() throws IOException {
        return loopback.rawNamesCycle();
    }
}
