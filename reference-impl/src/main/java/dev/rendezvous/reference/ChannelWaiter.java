package dev.rendezvous.reference;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * Sleeps until one channel is ready, the thread is interrupted, or the socket is woken — the
 * way a blocking call of the documented interface sleeps in the kernel, without a busy loop
 * and without polling on a timeout.
 *
 * <p>Why not NIO's blocking mode: interrupting a thread blocked in a blocking channel closes
 * the channel ({@code ClosedByInterruptException}), while the contract says the socket stays
 * open and usable. Here the channel is in non-blocking mode and the thread sleeps in
 * {@link Selector#select()}, which an interrupt only wakes.
 *
 * <p>Interrupts are the contract's signals: when the thread is interrupted (before or during
 * the sleep), the wait ends with EINTR and the thread's interrupt status is <em>cleared</em>
 * — the signal was delivered, as a handler would take it. Any other return (ready, woken, the
 * channel closed under it) is normal: the caller tries its operation again and looks at the
 * socket's state, so a spurious return costs one more try, never a wrong answer.
 */
final class ChannelWaiter {
    private final SelectorPool pool;

    ChannelWaiter(SelectorPool pool) {
        this.pool = pool;
    }

    /**
     * Sleeps until {@code channel} (in non-blocking mode) is ready for {@code ops}, or the
     * socket whose {@code waiting} this is is woken.
     *
     * @throws ErrnoException EINTR if the thread was interrupted (its status is then clear);
     *     the errno of a selector that cannot be opened (EMFILE)
     */
    void await(SelectableChannel channel, int ops, WaitingSelectors waiting, String call) throws ErrnoException {
        Selector selector;
        try {
            selector = pool.take();
        } catch (IOException e) {
            throw JdkFailures.toErrno(call, e);
        }
        SelectionKey key = null;
        boolean reusable = true;
        try {
            if (!waiting.add(selector)) {
                return;
            }
            try {
                key = channel.register(selector, ops);
            } catch (ClosedChannelException e) {
                return;
            }
            selector.select();
            if (Thread.interrupted()) {
                throw new ErrnoException(Errno.EINTR, call + " interrupted");
            }
        } catch (IOException e) {
            reusable = false;
            throw JdkFailures.toErrno(call, e);
        } finally {
            waiting.remove(selector);
            reusable &= release(selector, key);
            if (reusable) {
                pool.giveBack(selector);
            } else {
                Channels.closeQuietly(selector);
            }
        }
    }

    /** Deregisters the key and clears any wakeup, so the selector can serve another wait. */
    private static boolean release(Selector selector, SelectionKey key) {
        if (key != null) {
            key.cancel();
        }
        try {
            selector.selectNow();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
