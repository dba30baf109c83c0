package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * close of a listener that another thread is blocked in accept on returns 0 but does nothing
 * until that accept returns: the descriptor stays in use, its name and listening state with it
 * (a stack that counts the calls in a descriptor and closes it when the last one leaves).
 */
@Breaks(
        value = "ACCEPT-NEW-DESCRIPTOR",
        how = "closing a listener under a blocked accept leaves the descriptor open until the accept returns")
public final class CloseDeferredUnderAccept extends ForwardingStack {
    private final Map<Integer, AtomicInteger> inAccept = new ConcurrentHashMap<>();
    private final Set<Integer> closeDeferred = ConcurrentHashMap.newKeySet();

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        AtomicInteger calls = inAccept.computeIfAbsent(fd, k -> new AtomicInteger());
        calls.incrementAndGet();
        try {
            return super.accept(fd, from);
        } finally {
            if (calls.decrementAndGet() == 0 && closeDeferred.remove(fd)) {
                super.close(fd);
            }
        }
    }

    @Override
    public void close(int fd) throws ErrnoException {
        AtomicInteger calls = inAccept.get(fd);
        if (calls != null && calls.get() > 0) {
            closeDeferred.add(fd);
            return;
        }
        inAccept.remove(fd);
        super.close(fd);
    }
}
