package dev.rendezvous.tck.launch;

import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;

/** Misbehaves: ends the JVM with status 42 in accept. */
public final class ExitsInAccept extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) {
        System.out.println("about to exit from accept");
        System.exit(42);
        return -1;
    }
}
