package dev.rendezvous.adapters.libc;

import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs one blocking native call so that {@link Thread#interrupt()} of the calling thread
 * becomes a real signal ({@link InterruptSignal}) to that thread, which makes the call return
 * -1 with {@code EINTR}.
 *
 * <p>The JDK tells an {@link AbstractInterruptibleChannel} when a thread blocked in it is
 * interrupted: the interrupting thread closes the channel, i.e. calls
 * {@link #implCloseChannel()}, at once. This class is such a channel, one per call; closing it
 * sends the signal. No thread polls, and the latency is that of {@code pthread_kill}.
 *
 * <p>A signal that lands just before the thread enters the kernel is taken by the handler and
 * lost; the call would then block. So the interrupting thread sends the signal again every
 * millisecond until the call has returned (for at most {@link #RESEND_LIMIT_MILLIS}), and
 * returns from {@code interrupt()} only then.
 *
 * <p>A thread whose interrupt status is already set when the call starts does not call at all:
 * {@link #run} returns {@link #INTERRUPTED_BEFORE_CALL}, as a signal pending at the call.
 */
final class SignalOnInterrupt extends AbstractInterruptibleChannel {
    /** What {@link #run} returns when the thread was interrupted before the call. */
    static final long INTERRUPTED_BEFORE_CALL = Long.MIN_VALUE;

    private static final long RESEND_LIMIT_MILLIS = 2_000;

    private final Thread caller = Thread.currentThread();
    private final long pthread = InterruptSignal.currentThread();
    private boolean interruptedBeforeCall;
    private boolean inCall = true;

    private SignalOnInterrupt() {}

    /**
     * Runs {@code call} in the calling thread, relaying an interrupt as a signal.
     *
     * @return what the call returned, or {@link #INTERRUPTED_BEFORE_CALL}
     */
    static long run(LongSupplier call) {
        SignalOnInterrupt relay = new SignalOnInterrupt();
        relay.begin();
        try {
            return relay.interruptedBeforeCall ? INTERRUPTED_BEFORE_CALL : call.getAsLong();
        } finally {
            relay.left();
            relay.finish();
        }
    }

    private synchronized void left() {
        inCall = false;
        notifyAll();
    }

    private void finish() {
        try {
            end(true);
        } catch (ClosedByInterruptException expected) {
            // The interrupt was relayed; the caller reads the call's own result.
        } catch (java.io.IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    @Override
    protected void implCloseChannel() {
        if (Thread.currentThread() == caller) {
            interruptedBeforeCall = true;
            return;
        }
        signalUntilLeft();
    }

    private synchronized void signalUntilLeft() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RESEND_LIMIT_MILLIS);
        while (inCall && System.nanoTime() < deadline) {
            InterruptSignal.send(pthread);
            try {
                wait(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
