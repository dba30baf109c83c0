package dev.rendezvous.tck.launch;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Ends the JVM the way a broken native library does: a write to address 0 (SIGSEGV, the JVM aborts). */
final class NativeCrash {
    private NativeCrash() {}

    static void now() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field f = unsafeClass.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            Object unsafe = f.get(null);
            Method put = unsafeClass.getMethod("putAddress", long.class, long.class);
            put.invoke(unsafe, 0L, 0L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot crash: " + e);
        }
    }
}
