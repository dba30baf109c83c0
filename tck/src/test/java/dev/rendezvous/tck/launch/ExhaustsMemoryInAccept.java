package dev.rendezvous.tck.launch;

import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.ArrayList;
import java.util.List;

/** Misbehaves: holds on to memory until the heap is exhausted, in accept. */
public final class ExhaustsMemoryInAccept extends ForwardingStack {
    private final List<long[]> hoard = new ArrayList<>();

    @Override
    public int accept(int fd, SockaddrBuffer from) {
        while (hoard.size() < 1_000_000) {
            hoard.add(new long[1 << 20]);
        }
        return -1;
    }
}
