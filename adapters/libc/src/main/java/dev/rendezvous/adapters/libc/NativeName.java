package dev.rendezvous.adapters.libc;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A socket name in native memory, as the kernel reads it ({@code bind}, {@code connect}) or
 * fills it ({@code accept}, {@code getsockname}, {@code getpeername}).
 *
 * <p>For a value-result name the kernel sees exactly the length the caller offered, negative
 * ones included (as {@code socklen_t} they are huge, and the kernel answers EINVAL), and a
 * buffer at least that large. Only {@code min(offered, true size)} bytes are copied back, so
 * nothing past the offered space of the caller's array is touched; the length is set to what
 * the kernel returned. An offered length past the caller's array is EFAULT without a call: the
 * space the caller claims does not exist.
 */
final class NativeName {
    private final SockaddrBuffer buffer;
    private final MemorySegment name;
    private final MemorySegment length;

    private NativeName(SockaddrBuffer buffer, MemorySegment name, MemorySegment length) {
        this.buffer = buffer;
        this.name = name;
        this.length = length;
    }

    /**
     * The bytes of an input name: the first {@code length} bytes of {@code address}, or the
     * null pointer for a null array (the kernel answers EFAULT or EINVAL).
     *
     * @throws ErrnoException EFAULT if {@code length} exceeds the array
     */
    static MemorySegment input(Arena arena, byte[] address, int length) throws ErrnoException {
        if (address == null) {
            return MemorySegment.NULL;
        }
        if (length > address.length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "address length " + length + " exceeds the " + address.length + " bytes of the array");
        }
        MemorySegment segment = arena.allocate(Math.max(length, 1));
        if (length > 0) {
            MemorySegment.copy(address, 0, segment, JAVA_BYTE, 0, length);
        }
        return segment;
    }

    /**
     * A value-result name for {@code buffer}; for a null buffer both pointers are null.
     *
     * @throws ErrnoException EFAULT if the offered length exceeds the buffer's array
     */
    static NativeName offer(Arena arena, SockaddrBuffer buffer) throws ErrnoException {
        if (buffer == null) {
            return new NativeName(null, MemorySegment.NULL, MemorySegment.NULL);
        }
        int offered = buffer.length();
        int capacity = buffer.storage().length;
        if (offered > capacity) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "offered address length " + offered + " exceeds the " + capacity + " bytes of the buffer");
        }
        MemorySegment length = arena.allocate(JAVA_INT);
        length.set(JAVA_INT, 0, offered);
        return new NativeName(buffer, arena.allocate(Math.max(offered, 1)), length);
    }

    /** The name pointer to hand to the kernel. */
    MemorySegment name() {
        return name;
    }

    /** The length pointer to hand to the kernel. */
    MemorySegment length() {
        return length;
    }

    /** After a successful call: copies what the kernel wrote back into the caller's buffer. */
    void copyBack() {
        if (buffer == null) {
            return;
        }
        int offered = buffer.length();
        int trueSize = length.get(JAVA_INT, 0);
        int written = Math.min(Math.max(offered, 0), trueSize);
        MemorySegment.copy(name, JAVA_BYTE, 0, buffer.storage(), 0, written);
        buffer.setLength(trueSize);
    }
}
