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
 * One connection's life on loopback, one thread: socket + connect, accept, close both — through
 * the SPI ({@code spi}) and in raw NIO ({@code raw}) in the same run.
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

    /** {@link Loopback#spiCycle()}. */
    @Benchmark
    public int spi() throws ErrnoException {
        return loopback.spiCycle();
    }

    /** {@link Loopback#rawCycle()}. */
    @Benchmark
    public boolean raw() throws IOException {
        return loopback.rawCycle();
    }
}
