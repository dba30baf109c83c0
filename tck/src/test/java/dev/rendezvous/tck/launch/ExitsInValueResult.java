package dev.rendezvous.tck.launch;

/** Misbehaves: ends the JVM with status 42 inside ACCEPT-VALUE-RESULT. */
public final class ExitsInValueResult extends InValueResultCheck {
    @Override
    void misbehave() {
        System.out.println("about to exit from getpeername");
        System.exit(42);
    }
}
