package dev.rendezvous.tck.isolation;

import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Misbehaves: crashes the JVM natively (a write to address 0) in accept. */
public final class CrashesNativelyInAccept extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) {
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
        return -1;
    }
}
