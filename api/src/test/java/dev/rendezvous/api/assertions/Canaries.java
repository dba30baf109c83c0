package dev.rendezvous.api.assertions;

import dev.rendezvous.api.SockaddrBuffer;
import java.util.Arrays;

/**
 * Value-result buffers over arrays filled with a canary byte, so that
 * {@link ValueResultAssert#untouchedFrom} can prove which bytes a call wrote.
 */
public final class Canaries {
    /** The canary: a byte that no loopback name or ASCII path holds. */
    public static final byte CANARY = (byte) 0xA5;

    private Canaries() {}

    /** A buffer over a {@code capacity}-byte array of {@link #CANARY}s, offering {@code offered} bytes. */
    public static SockaddrBuffer buffer(int capacity, int offered) {
        byte[] array = new byte[capacity];
        Arrays.fill(array, CANARY);
        return new SockaddrBuffer(array, offered);
    }
}
