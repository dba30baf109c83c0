package dev.rendezvous.tck.launch;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** Misbehaves: features() never returns, so the run cannot even begin. */
public final class HangsBeforeTheRun extends ForwardingStack {
    private final CountDownLatch never = new CountDownLatch(1);

    @Override
    public Set<Feature> features() {
        while (true) {
            try {
                never.await();
            } catch (InterruptedException ignored) {
                // deliberately deaf
            }
        }
    }
}
