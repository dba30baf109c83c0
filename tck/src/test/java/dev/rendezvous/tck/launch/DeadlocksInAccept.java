package dev.rendezvous.tck.launch;

import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.concurrent.CountDownLatch;

/** Misbehaves: accept waits forever on a latch nobody counts down, and ignores interrupts. */
public final class DeadlocksInAccept extends ForwardingStack {
    private final CountDownLatch never = new CountDownLatch(1);

    @Override
    public int accept(int fd, SockaddrBuffer from) {
        while (true) {
            try {
                never.await();
            } catch (InterruptedException ignored) {
                // deliberately deaf to the signal
            }
        }
    }
}
