package dev.rendezvous.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The cycles of {@link ConnectAcceptCloseBenchmark} and {@link ValueResultBenchmark}, measured
 * as the thread's CPU time (user and system) per cycle, with raw NIO and the SPI in alternating
 * rounds. On a shared machine, JMH's throughput shows mostly how much of the CPU the other
 * processes leave; CPU time per cycle, taken in interleaved rounds, shows what each path costs.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.rendezvous.benchmarks.CpuTimeComparison [rounds] [cycles per round]</pre>
 */
public final class CpuTimeComparison {
    private static long sink;

    private CpuTimeComparison() {}

    /** One cycle of one path. */
    @FunctionalInterface
    private interface Cycle {
        long run(Loopback l) throws Exception;
    }

    /** Runs the comparison and prints the median CPU time per cycle of each path and their ratio. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        try (Loopback l = new Loopback()) {
            System.out.printf("CPU time per cycle, median of %d interleaved rounds of %d cycles:%n", rounds, cycles);
            compare("connect+accept+close", l, rounds, cycles, x -> x.rawCycle() ? 1 : 0, Loopback::spiCycle);
            compare("value-result path   ", l, rounds, cycles, Loopback::rawNamesCycle, Loopback::spiNamesCycle);
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void compare(String what, Loopback l, int rounds, int cycles, Cycle raw, Cycle spi)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        repeat(l, raw, cycles);
        repeat(l, spi, cycles);
        double[] rawTimes = new double[rounds];
        double[] spiTimes = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            repeat(l, raw, cycles);
            long t1 = threads.getCurrentThreadCpuTime();
            repeat(l, spi, cycles);
            long t2 = threads.getCurrentThreadCpuTime();
            rawTimes[r] = (t1 - t0) / 1e3 / cycles;
            spiTimes[r] = (t2 - t1) / 1e3 / cycles;
        }
        double rawMedian = median(rawTimes);
        double spiMedian = median(spiTimes);
        System.out.printf(
                "  %s  raw NIO %.2f us   SPI %.2f us   SPI/raw throughput ratio %.3f%n",
                what, rawMedian, spiMedian, rawMedian / spiMedian);
    }

    private static void repeat(Loopback l, Cycle cycle, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            sink += cycle.run(l);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
