package dev.rendezvous.tck.launch;

import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;

/** Misbehaves: crashes the JVM natively (a write to address 0) in accept. */
public final class CrashesNativelyInAccept extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) {
        NativeCrash.now();
        return -1;
    }
}
