package dev.rendezvous.tck.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A process of the run ends when its standard input ends, and not before. */
class ParentWatchTest {
    @Test
    void the_end_of_the_input_ends_the_process_and_input_before_it_does_not() throws Exception {
        PipedOutputStream parent = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(parent);
        CountDownLatch ended = new CountDownLatch(1);

        Thread watch = ParentWatch.start(in, ended::countDown);
        parent.write("ignored\n".getBytes());
        parent.flush();

        assertThat(watch.isDaemon()).isTrue();
        assertThat(ended.getCount()).isEqualTo(1);
        parent.close();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
