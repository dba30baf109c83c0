package dev.rendezvous.reference;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Idle selectors for blocking waits, so that a wait does not open and close a selector (an
 * epoll instance and its wakeup pipe) each time. A waiter takes one, registers the one channel
 * it waits for, and gives it back with no key registered and no wakeup pending. At most
 * {@link #MAX_IDLE} stay open while idle; the rest are closed when given back.
 */
final class SelectorPool {
    /** The most idle selectors kept open. */
    static final int MAX_IDLE = 4;

    private final ConcurrentLinkedDeque<Selector> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /** An idle selector, or a new one. */
    Selector take() throws IOException {
        Selector s = idle.pollFirst();
        if (s != null) {
            idleCount.decrementAndGet();
            return s;
        }
        return Selector.open();
    }

    /** Gives back a selector that has no registered key and no pending wakeup. */
    void giveBack(Selector s) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.addFirst(s);
            return;
        }
        idleCount.decrementAndGet();
        Channels.closeQuietly(s);
    }

    /** Closes the idle selectors: the stack is released; a later wait opens a new one. */
    void closeIdle() {
        for (Selector s = idle.pollFirst(); s != null; s = idle.pollFirst()) {
            idleCount.decrementAndGet();
            Channels.closeQuietly(s);
        }
    }
}
