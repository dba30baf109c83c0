package dev.rendezvous.tck.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A process of the run ends when its standard input ends, and not before; the lines before reach it. */
class ParentWatchTest {
    @Test
    void the_end_of_the_input_ends_the_process_and_input_before_it_does_not() throws Exception {
        PipedOutputStream parent = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(parent);
        CountDownLatch ended = new CountDownLatch(1);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Thread watch = ParentWatch.start(in, lines::add, ended::countDown);
        parent.write("first\nsecond\n".getBytes());
        parent.flush();

        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(watch.isDaemon()).isTrue();
        assertThat(ended.getCount()).isEqualTo(1);
        parent.close();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
