package dev.rendezvous.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Sockaddr;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many connections and many threads: nothing leaks and nothing is handed out twice.
 *
 * <p>The slack allowed when file descriptors and threads are counted before and after: the
 * stack keeps up to {@link SelectorPool#MAX_IDLE} idle selectors for blocking waits (2 file
 * descriptors each: the epoll instance and its wakeup pipe's ends count 3 on some JDKs), the
 * counting itself opens one descriptor for /proc/self/fd, and the JVM may start a service
 * thread (JIT, GC) at any time. The counts before are taken after a warm-up that already
 * filled the selector pool, so the slack covers only such noise: a leak of one descriptor per
 * connection would show as thousands.
 */
class ScaleAndConcurrencyTest {
    private static final int CONNECTIONS = 10_000;
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final long FD_SLACK = 4;
    private static final int THREAD_SLACK = 2;

    @TempDir
    Path dir;

    @Test
    void tenThousandConnectionsOpenedAndClosedLeakNothing() {
        TestDeadline.run(BOUND, () -> {
            try (StackFixture t = new StackFixture(dir)) {
                int l = t.listener(Family.INET);
                cycles(t, l, 200); // warm-up: selector pool, classes, JIT
                OpenFiles before = OpenFiles.now();
                int descriptorsBefore = t.stack.openDescriptors();

                long started = System.nanoTime();
                cycles(t, l, CONNECTIONS);
                long took = System.nanoTime() - started;

                OpenFiles after = OpenFiles.now();
                assertThat(t.stack.openDescriptors()).isEqualTo(descriptorsBefore);
                assertThat(after.byMxBean())
                        .as("open files (MXBean) before %s after %s", before, after)
                        .isLessThanOrEqualTo(before.byMxBean() + FD_SLACK);
                assertThat(after.inProc())
                        .as("/proc/self/fd before %s after %s", before, after)
                        .isLessThanOrEqualTo(before.inProc() + FD_SLACK);
                assertThat(after.threads()).isLessThanOrEqualTo(before.threads() + THREAD_SLACK);
                assertThat(t.stack.lostNames()).isZero();
                assertThat(took).as("bounded in time").isLessThan(BOUND.toNanos());
            }
        });
    }

    /** connect + accept + close, the accepted side first (its TIME_WAIT stays on the listener's port). */
    private static void cycles(StackFixture t, int listener, int n) throws Exception {
        Sockaddr to = t.name(listener);
        for (int i = 0; i < n; i++) {
            int c = t.stack.socket(Family.INET.number, 1);
            t.stack.connect(c, to.bytes(), to.length());
            int a = t.stack.accept(listener, null);
            t.stack.close(a);
            t.stack.close(c);
        }
    }

    @Test
    void acceptInOneThreadWhileOthersConnectAndClose() {
        TestDeadline.run(BOUND, () -> {
            try (StackFixture t = new StackFixture(dir)) {
                // a backlog that the connectors cannot fill: a full queue drops SYNs (1 s retries)
                int l = t.bound(Family.INET);
                t.stack.listen(l, 4096);
                Sockaddr to = t.name(l);
                int clients = 4;
                int each = 500;
                Set<Integer> live = ConcurrentHashMap.newKeySet();
                AtomicInteger accepted = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
                OpenFiles before = OpenFiles.now();
                try {
                    Future<?> acceptor = pool.submit(() -> {
                        for (int i = 0; i < clients * each; i++) {
                            int a = t.stack.accept(l, null);
                            assertThat(live.add(a))
                                    .as("descriptor %d handed out twice", a)
                                    .isTrue();
                            assertThat(t.peer(a).port()).isPositive();
                            live.remove(a);
                            t.stack.close(a);
                            accepted.incrementAndGet();
                        }
                        return null;
                    });
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<?>> connectors = new ArrayList<>();
                    for (int k = 0; k < clients; k++) {
                        connectors.add(pool.submit(() -> {
                            go.await();
                            for (int i = 0; i < each; i++) {
                                int c = t.stack.socket(Family.INET.number, 1);
                                assertThat(live.add(c))
                                        .as("descriptor %d handed out twice", c)
                                        .isTrue();
                                t.stack.connect(c, to.bytes(), to.length());
                                assertThat(t.peer(c)).isEqualTo(to);
                                live.remove(c);
                                t.stack.close(c);
                            }
                            return null;
                        }));
                    }
                    go.countDown();
                    for (Future<?> f : connectors) {
                        f.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                    }
                    acceptor.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                } finally {
                    pool.shutdownNow();
                    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                }
                assertThat(accepted).hasValue(clients * each);
                assertThat(t.stack.openDescriptors()).isEqualTo(1);
                OpenFiles after = OpenFiles.now();
                assertThat(after.inProc())
                        .as("before %s after %s", before, after)
                        .isLessThanOrEqualTo(before.inProc() + FD_SLACK + 2L * SelectorPool.MAX_IDLE);
            }
        });
    }

    @Test
    void closeFromAnotherThreadWhileCallsAreBlockedEndsThemAll() {
        TestDeadline.run(BOUND, () -> {
            try (StackFixture t = new StackFixture(dir)) {
                OpenFiles before = OpenFiles.now();
                for (int round = 0; round < 20; round++) {
                    int l = t.listener(Family.INET);
                    int[] pair = t.pair(Family.INET, l);
                    List<Outcome.InThread> blocked = new ArrayList<>();
                    for (int k = 0; k < 2; k++) {
                        blocked.add(new Outcome.InThread("accept", () -> t.stack.accept(l, null)));
                        blocked.add(new Outcome.InThread("recv", () -> t.stack.recv(pair[0], new byte[1], 0, 1)));
                    }
                    t.stack.close(l);
                    t.stack.close(pair[0]);
                    t.stack.close(pair[1]);
                    for (Outcome.InThread b : blocked) {
                        Outcome o = b.result.get(10, TimeUnit.SECONDS);
                        assertThat(o.errno()).as(b.thread.getName()).isNotNull();
                        b.thread.join(10_000);
                    }
                }
                assertThat(t.stack.openDescriptors()).isZero();
                OpenFiles after = OpenFiles.now();
                assertThat(after.inProc())
                        .as("before %s after %s", before, after)
                        .isLessThanOrEqualTo(before.inProc() + FD_SLACK + 2L * SelectorPool.MAX_IDLE);
            }
        });
    }
}
