package dev.rendezvous.tck.launch;

import java.util.concurrent.CountDownLatch;

/** Misbehaves: getpeername inside ACCEPT-VALUE-RESULT waits forever, deaf to interrupts. */
public final class HangsInValueResult extends InValueResultCheck {
    private final CountDownLatch never = new CountDownLatch(1);

    @Override
    void misbehave() {
        while (true) {
            try {
                never.await();
            } catch (InterruptedException ignored) {
                // deliberately deaf to the signal
            }
        }
    }
}
