package dev.rendezvous.tck.launch;

/** Misbehaves: crashes the JVM natively (a write to address 0) inside ACCEPT-VALUE-RESULT. */
public final class CrashesNativelyInValueResult extends InValueResultCheck {
    @Override
    void misbehave() {
        NativeCrash.now();
    }
}
