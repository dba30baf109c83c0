package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ground truth §6: a blocking accept sleeps until a connection comes or a signal interrupts
 * it; here {@link Thread#interrupt()} is relayed as a real signal, installed without
 * SA_RESTART, and the call fails with EINTR. Non-blocking mode gives EAGAIN.
 */
class InterruptTest {
    private static final Duration LONG_WAIT = Duration.ofSeconds(10);

    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    /** What a thread saw: the call's result or errno, and its interrupt status afterwards. */
    private record Outcome(long result, Errno errno, boolean interruptedAfter) {}

    /** A call made in a thread of its own. */
    private interface BlockingCall {
        long call() throws ErrnoException;
    }

    /** A thread that publishes its kernel id, then makes one call. */
    private static final class Caller extends Thread {
        final CompletableFuture<Integer> tid = new CompletableFuture<>();
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        private final BlockingCall call;

        Caller(BlockingCall call) {
            super("blocking-caller");
            this.call = call;
            setDaemon(true);
        }

        @Override
        public void run() {
            tid.complete(KernelWait.currentTid());
            try {
                long result = call.call();
                outcome.complete(new Outcome(result, null, isInterrupted()));
            } catch (ErrnoException e) {
                outcome.complete(new Outcome(-1, e.errno(), isInterrupted()));
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }

        /** Starts, and returns once the call sleeps in the kernel. */
        Caller startSleepingIn(String syscall) throws Exception {
            start();
            KernelWait.awaitSleepingIn(tid.get(LONG_WAIT.toSeconds(), TimeUnit.SECONDS), syscall, LONG_WAIT);
            return this;
        }

        Outcome await() throws Exception {
            return outcome.get(LONG_WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    void anInterruptedBlockingAcceptFailsWithEintrAndTheListenerStaysUsable() throws Exception {
        int listener = sockets.listener(AF_INET, 1);
        Caller caller = new Caller(() -> sockets.stack.accept(listener, null)).startSleepingIn("accept");

        caller.interrupt();
        Outcome outcome = caller.await();

        assertThat(outcome.errno()).isEqualTo(Errno.EINTR);
        assertThat(outcome.interruptedAfter())
                .as("interrupt status after EINTR")
                .isFalse();
        int client = sockets.connectedClient(listener, AF_INET);
        assertThat(sockets.track(sockets.stack.accept(listener, null))).isNotNegative();
    }

    @Test
    void anInterruptedBlockingRecvFailsWithEintrAndTheConnectionStaysUsable() throws Exception {
        int listener = sockets.listener(AF_UNIX, 1);
        int client = sockets.connectedClient(listener, AF_UNIX);
        int accepted = sockets.track(sockets.stack.accept(listener, null));
        byte[] into = new byte[8];
        Caller caller = new Caller(() -> sockets.stack.recv(accepted, into, 0, into.length)).startSleepingIn("recv");

        caller.interrupt();
        Outcome outcome = caller.await();
        sockets.stack.send(client, "hi".getBytes(StandardCharsets.US_ASCII), 0, 2);

        assertThat(outcome.errno()).isEqualTo(Errno.EINTR);
        assertThat(outcome.interruptedAfter()).isFalse();
        assertThat(sockets.stack.recv(accepted, into, 0, into.length)).isEqualTo(2);
    }

    @Test
    void aThreadInterruptedBeforeTheCallFailsAtOnceWithEintrAndItsStatusCleared() throws Exception {
        int listener = sockets.listener(AF_INET, 1);

        Thread.currentThread().interrupt();
        ErrnoException e = catchThrowableOfType(ErrnoException.class, () -> sockets.stack.accept(listener, null));

        assertThat(e.errno()).isEqualTo(Errno.EINTR);
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void aNonBlockingCallIgnoresTheInterruptStatusAndLeavesItSet() throws Exception {
        int listener = sockets.listener(AF_INET, 1);
        sockets.stack.setBlocking(listener, false);

        Thread.currentThread().interrupt();
        ErrnoException e = catchThrowableOfType(ErrnoException.class, () -> sockets.stack.accept(listener, null));

        assertThat(e.errno()).isEqualTo(Errno.EAGAIN);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void theSignalIsARealTimeSignalWhoseHandlerIsInstalled() throws Exception {
        int signal = InterruptSignal.number();

        String status = Files.readString(Path.of("/proc/self/status"));
        String caught = status.lines()
                .filter(l -> l.startsWith("SigCgt:"))
                .findFirst()
                .orElseThrow()
                .substring("SigCgt:".length())
                .trim();

        assertThat(signal).isBetween(34, 64);
        assertThat(new BigInteger(caught, 16).testBit(signal - 1)).isTrue();
    }

    @Test
    void aNonBlockingListenerWithNothingPendingGivesEagainAndTheAcceptedSocketBlocks() throws Exception {
        int listener = sockets.listener(AF_INET, 1);
        sockets.stack.setBlocking(listener, false);

        ErrnoException empty = catchThrowableOfType(ErrnoException.class, () -> sockets.stack.accept(listener, null));
        int client = sockets.connectedClient(listener, AF_INET);
        int accepted = sockets.track(acceptWithin(listener, LONG_WAIT));
        byte[] into = new byte[4];
        Caller reader = new Caller(() -> sockets.stack.recv(accepted, into, 0, into.length)).startSleepingIn("recv");
        sockets.stack.send(client, new byte[] {1, 2, 3}, 0, 3);

        assertThat(empty.errno()).isEqualTo(Errno.EAGAIN);
        assertThat(reader.await().result()).isEqualTo(3);
    }

    /** Accepts on a non-blocking listener, retrying EAGAIN until a deadline. */
    private int acceptWithin(int listener, Duration timeout) throws ErrnoException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return sockets.stack.accept(listener, null);
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EAGAIN || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
