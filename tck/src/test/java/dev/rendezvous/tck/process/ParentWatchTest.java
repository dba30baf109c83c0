package dev.rendezvous.tck.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.reference.NioSocketStack;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A process of the run ends when the process that started it is gone, and not before. */
class ParentWatchTest {
    @Test
    void a_parent_that_is_gone_ends_the_process_and_one_that_is_there_does_not() throws Exception {
        AtomicBoolean there = new AtomicBoolean(true);
        CountDownLatch ended = new CountDownLatch(1);

        ScheduledExecutorService watch = ParentWatch.start(there::get, ended::countDown);

        assertThat(ended.await(3 * ParentWatch.EVERY_MS, TimeUnit.MILLISECONDS))
                .as("the parent is still there")
                .isFalse();
        there.set(false);
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_option_names_this_process() {
        assertThat(ParentWatch.parentOption())
                .isEqualTo("-D" + ParentWatch.PARENT_PID + "="
                        + ProcessHandle.current().pid());
    }

    @Test
    void a_server_process_whose_parent_ended_ends_too() throws Exception {
        String name = ClientMain.toHex(Sockaddr.inet(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .bytes());
        List<String> server = ChildJava.command(
                NioSocketStack.class, ServerMain.class, List.of(NioSocketStack.class.getName(), name, "1"));
        StringBuilder line = new StringBuilder();
        for (String a : server) {
            // The shell names itself as the server's parent.
            line.append(
                            a.equals(ParentWatch.parentOption())
                                    ? "-D" + ParentWatch.PARENT_PID + "=$$"
                                    : "'" + a.replace("'", "'\\''") + "'")
                    .append(' ');
        }
        // The shell starts the server in the background, says its pid and ends: the server is orphaned.
        Process shell = new ProcessBuilder("sh", "-c", line + "> /dev/null 2>&1 < /dev/null & echo $!").start();
        long pid = Long.parseLong(new String(shell.getInputStream().readAllBytes()).strip());
        assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();

        Optional<ProcessHandle> orphan = ProcessHandle.of(pid);
        if (orphan.isPresent()) {
            try {
                orphan.get().onExit().get(20, TimeUnit.SECONDS);
            } finally {
                orphan.get().destroyForcibly();
            }
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }

    @Test
    void this_jvm_has_a_parent_to_watch() {
        assertThat(ProcessHandle.current().parent()).isPresent();
    }
}
