package dev.rendezvous.adapters.libc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

/**
 * The real-time signal that stands for "a signal to the process" in this adapter. Installed
 * once, with {@code sigaction} and <em>without</em> {@code SA_RESTART}, so that a blocking
 * socket call in a thread that receives it returns -1 with {@code EINTR}, as the contract
 * says: "the system call is interrupted by a signal".
 *
 * <p>The handler must do nothing, and must not call into Java (a signal handler may run at
 * any instruction of the thread). It is libc's {@code abs}: a pure function of one
 * {@code int}, as a handler is called, that touches no memory and takes no lock. The signal is
 * the first of {@code SIGRTMIN+2 .. SIGRTMIN+8} whose disposition is still the default, so
 * that neither the JVM's signals ({@code SIGUSR2}, {@code SIGRTMAX-2} for its own I/O
 * interruption) nor a signal another library set up are taken.
 */
final class InterruptSignal {
    private static final int SIG_DFL = 0;
    private static final int FIRST_OFFSET = 2;
    private static final int LAST_OFFSET = 8;

    /** glibc's {@code struct sigaction} on Linux (x86-64 and AArch64): 152 bytes. */
    private static final StructLayout SIGACTION = MemoryLayout.structLayout(
            ADDRESS.withName("sa_handler"),
            MemoryLayout.sequenceLayout(16, JAVA_LONG).withName("sa_mask"),
            JAVA_INT.withName("sa_flags"),
            MemoryLayout.paddingLayout(4),
            ADDRESS.withName("sa_restorer"));

    private static final long SA_FLAGS_OFFSET = SIGACTION.byteOffset(MemoryLayout.PathElement.groupElement("sa_flags"));

    private static final MethodHandle SIGACTION_CALL =
            Libc.plain("sigaction", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SIGRTMIN = Libc.plain("__libc_current_sigrtmin", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle PTHREAD_SELF = Libc.plain("pthread_self", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle PTHREAD_KILL =
            Libc.plain("pthread_kill", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT));

    private static final int NUMBER = install();

    private InterruptSignal() {}

    /** The signal's number, e.g. 36 for {@code SIGRTMIN+2} with glibc. */
    static int number() {
        return NUMBER;
    }

    /** The calling thread's {@code pthread_t}, to which {@link #send} delivers the signal. */
    static long currentThread() {
        try {
            return (long) PTHREAD_SELF.invokeExact();
        } catch (Throwable t) {
            throw Libc.failedDowncall("pthread_self", t);
        }
    }

    /**
     * Sends the signal to one thread. The thread must be alive: callers send only while it is
     * inside a call they watch.
     */
    static void send(long pthread) {
        int result;
        try {
            result = (int) PTHREAD_KILL.invokeExact(pthread, NUMBER);
        } catch (Throwable t) {
            throw Libc.failedDowncall("pthread_kill", t);
        }
        if (result != 0) {
            throw new IllegalStateException("pthread_kill(" + NUMBER + ") failed: error " + result);
        }
    }

    private static int install() {
        try (Arena arena = Arena.ofConfined()) {
            int first = (int) SIGRTMIN.invokeExact() + FIRST_OFFSET;
            MemorySegment current = arena.allocate(SIGACTION);
            MemorySegment handler = arena.allocate(SIGACTION);
            handler.set(ADDRESS, 0, Libc.symbol("abs"));
            handler.set(JAVA_INT, SA_FLAGS_OFFSET, 0);
            for (int sig = first; sig <= first + LAST_OFFSET - FIRST_OFFSET; sig++) {
                if (sigaction(sig, MemorySegment.NULL, current) != 0) {
                    continue;
                }
                if (current.get(ADDRESS, 0).address() == SIG_DFL && sigaction(sig, handler, MemorySegment.NULL) == 0) {
                    return sig;
                }
            }
            throw new IllegalStateException("no free real-time signal in SIGRTMIN+" + FIRST_OFFSET + "..SIGRTMIN+"
                    + LAST_OFFSET + " to stand for a signal to the process");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.failedDowncall("__libc_current_sigrtmin", t);
        }
    }

    private static int sigaction(int sig, MemorySegment action, MemorySegment old) throws Throwable {
        return (int) SIGACTION_CALL.invokeExact(sig, action, old);
    }
}
