package dev.rendezvous.reference;

import static dev.rendezvous.reference.Calls.assertErrno;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DescriptorTableTest {
    private final DescriptorTable<String> table = new DescriptorTable<>(8);

    @Test
    void handsOutTheLowestFreeNumberFromThree() throws ErrnoException {
        assertThat(table.add("a")).isEqualTo(3);
        assertThat(table.add("b")).isEqualTo(4);
        assertThat(table.add("c")).isEqualTo(5);
        table.remove(4);
        assertThat(table.add("d")).as("the released number comes back first").isEqualTo(4);
        assertThat(table.add("e")).isEqualTo(6);
        assertThat(table.get(4)).isEqualTo("d");
    }

    @Test
    void numbersNotHeldAreEbadf() throws ErrnoException {
        int fd = table.add("a");
        table.remove(fd);
        for (int bad : new int[] {-1, Integer.MIN_VALUE, 0, 1, 2, fd, 1000, Integer.MAX_VALUE}) {
            assertErrno(Errno.EBADF, () -> table.get(bad));
            assertErrno(Errno.EBADF, () -> table.remove(bad));
        }
    }

    @Test
    void aReservedNumberIsTakenButNotUsable() throws ErrnoException {
        int fd = table.reserve();
        assertErrno(Errno.EBADF, () -> table.get(fd));
        assertThat(table.add("next")).isEqualTo(fd + 1);
        table.install(fd, "now");
        assertThat(table.get(fd)).isEqualTo("now");
        int other = table.reserve();
        table.release(other);
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void fullTableIsEmfile() throws ErrnoException {
        for (int i = 0; i < 8; i++) {
            table.add("x" + i);
        }
        assertErrno(Errno.EMFILE, table::reserve);
        table.remove(7);
        assertThat(table.add("again")).isEqualTo(7);
    }

    @Test
    void concurrentAddAndRemoveNeverHandOutANumberTwice() throws Exception {
        DescriptorTable<Integer> big = new DescriptorTable<>(10_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Set<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    Set<Integer> kept = new HashSet<>();
                    for (int i = 0; i < 2_000; i++) {
                        int fd = big.add(i);
                        if (i % 2 == 0) {
                            big.remove(fd);
                        } else {
                            kept.add(fd);
                        }
                    }
                    return kept;
                }));
            }
            Set<Integer> all = new HashSet<>();
            int total = 0;
            for (Future<Set<Integer>> f : results) {
                Set<Integer> kept = f.get(30, TimeUnit.SECONDS);
                total += kept.size();
                all.addAll(kept);
            }
            assertThat(all).hasSize(total).hasSize(4_000);
            assertThat(big.size()).isEqualTo(4_000);
            assertThat(all).allMatch(fd -> fd >= 3 && fd < 3 + 4_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
