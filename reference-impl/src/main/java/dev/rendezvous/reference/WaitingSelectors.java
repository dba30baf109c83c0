package dev.rendezvous.reference;

import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * The selectors in which calls on one socket are blocked right now, so that a change of the
 * socket (closed, disconnected, its channel replaced) can wake them: a channel that is closed
 * while registered does not wake the selector by itself. A woken call looks at the socket's
 * state again.
 */
final class WaitingSelectors {
    private List<Selector> selectors;
    private boolean closed;

    /** Adds a waiting selector; {@code false} if the socket is closed (nothing may wait). */
    synchronized boolean add(Selector s) {
        if (closed) {
            return false;
        }
        if (selectors == null) {
            selectors = new ArrayList<>(2);
        }
        selectors.add(s);
        return true;
    }

    synchronized void remove(Selector s) {
        if (selectors != null) {
            selectors.remove(s);
        }
    }

    /** Wakes every waiting selector. */
    synchronized void wakeAll() {
        if (selectors != null) {
            for (Selector s : selectors) {
                s.wakeup();
            }
        }
    }

    /** Wakes every waiting selector and lets no new one wait: the socket is closed. */
    synchronized void close() {
        closed = true;
        wakeAll();
    }
}
