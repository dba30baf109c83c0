package dev.rendezvous.tck.launch;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;

/**
 * Misbehaves only inside ACCEPT-VALUE-RESULT: getpeername given a buffer larger than the space
 * it offers (the canary bytes of the value-result check) — no other clause offers one — calls
 * {@link #misbehave()}; everything else is the reference implementation's.
 */
abstract class InValueResultCheck extends ForwardingStack {
    /** The clause the misbehaviour is in. */
    static final String CLAUSE = "ACCEPT-VALUE-RESULT";

    /** Ends, hangs or crashes the JVM. */
    abstract void misbehave();

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        if (name.storage().length > name.length()) {
            misbehave();
        }
        super.getpeername(fd, name);
    }
}
