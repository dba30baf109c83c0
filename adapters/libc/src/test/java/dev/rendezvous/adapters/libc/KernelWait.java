package dev.rendezvous.adapters.libc;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Sees, through {@code /proc}, that a thread sleeps inside a given system call: the way to
 * know that a signal reaches a call that really blocks, rather than one about to start.
 */
final class KernelWait {
    private static final MethodHandle GETTID = Linker.nativeLinker()
            .downcallHandle(
                    Linker.nativeLinker().defaultLookup().find("gettid").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT));

    /** System call numbers by name, for this machine's architecture. */
    private static final Map<String, Set<Integer>> SYSCALLS = "aarch64".equals(System.getProperty("os.arch"))
            ? Map.of("accept", Set.of(202, 242), "recv", Set.of(207), "connect", Set.of(203))
            : Map.of("accept", Set.of(43, 288), "recv", Set.of(45), "connect", Set.of(42));

    private KernelWait() {}

    /** The calling thread's kernel thread id. */
    static int currentTid() {
        try {
            return (int) GETTID.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Returns once thread {@code tid} of this process sleeps in the system call named
     * {@code call}; fails after {@code timeout}.
     */
    static void awaitSleepingIn(int tid, String call, Duration timeout) throws IOException {
        Path task = Path.of("/proc/self/task/" + tid);
        Set<Integer> numbers = SYSCALLS.get(call);
        long deadline = System.nanoTime() + timeout.toNanos();
        String seen = "";
        while (System.nanoTime() < deadline) {
            String stat = Files.readString(task.resolve("stat"));
            String syscall = Files.readString(task.resolve("syscall")).trim();
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            String number = syscall.split(" ")[0];
            if (state == 'S' && number.matches("\\d+") && numbers.contains(Integer.parseInt(number))) {
                return;
            }
            seen = state + " " + syscall;
            Thread.onSpinWait();
        }
        throw new AssertionError(
                "thread " + tid + " did not sleep in " + call + " within " + timeout + "; last seen: " + seen);
    }
}
