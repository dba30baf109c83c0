package dev.rendezvous.tck.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of the kit's calling threads on the wire: small numbers from 1, one per live thread.
 * A number is given again once its thread has ended, so a driver that keeps one thread of its
 * own per id keeps no more of them than the kit ever has calling at once.
 */
final class Lanes {
    private final Map<Thread, Long> byThread = new ConcurrentHashMap<>();
    private final List<Thread> owners = new ArrayList<>();

    /** The calling thread's id. */
    long current() {
        Thread me = Thread.currentThread();
        Long id = byThread.get(me);
        return id != null ? id : assign(me);
    }

    private synchronized long assign(Thread me) {
        int free = -1;
        for (int i = 0; i < owners.size() && free < 0; i++) {
            Thread owner = owners.get(i);
            if (!owner.isAlive()) {
                byThread.remove(owner);
                free = i;
            }
        }
        if (free < 0) {
            owners.add(me);
            free = owners.size() - 1;
        } else {
            owners.set(free, me);
        }
        long id = free + 1L;
        byThread.put(me, id);
        return id;
    }
}
