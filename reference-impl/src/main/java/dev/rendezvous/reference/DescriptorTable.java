package dev.rendezvous.reference;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The descriptor numbers of one stack, as a process's file table: thread-safe, hands out the
 * lowest free number (starting at {@link #FIRST}, as in a process whose 0, 1 and 2 are taken),
 * answers EBADF for a number it does not hold (negative, never handed out, or released), and
 * gives a released number out again.
 *
 * <p>A number is first <em>reserved</em> (taken, but not yet usable: {@link #get} still gives
 * EBADF) and then <em>installed</em> with its value, so that a call such as {@code accept} can
 * fail with EMFILE before it takes a connection off the queue, as the kernel does.
 *
 * @param <T> what a descriptor refers to
 */
final class DescriptorTable<T> {
    /** The first number handed out. */
    static final int FIRST = 3;

    private static final Object RESERVED = new Object();

    private final int capacity;
    private final BitSet taken = new BitSet();
    private Object[] slots = new Object[64];
    private int count;

    /** @param capacity the most descriptors held at once; one more gives EMFILE */
    DescriptorTable(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Takes the lowest free number without making it usable yet.
     *
     * @throws ErrnoException EMFILE if the table is full
     */
    synchronized int reserve() throws ErrnoException {
        if (count >= capacity) {
            throw new ErrnoException(Errno.EMFILE, capacity + " descriptors are open");
        }
        int fd = taken.nextClearBit(FIRST);
        if (fd >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(fd + 1, slots.length * 2));
        }
        taken.set(fd);
        slots[fd] = RESERVED;
        count++;
        return fd;
    }

    /** Makes a reserved number refer to {@code value}. */
    synchronized void install(int fd, T value) {
        if (fd < FIRST || fd >= slots.length || slots[fd] != RESERVED) {
            throw new IllegalStateException("descriptor " + fd + " is not reserved");
        }
        slots[fd] = value;
    }

    /** Reserves the lowest free number and installs {@code value} at once. */
    synchronized int add(T value) throws ErrnoException {
        int fd = reserve();
        slots[fd] = value;
        return fd;
    }

    /**
     * What the number refers to.
     *
     * @throws ErrnoException EBADF if the number is not held (or only reserved)
     */
    @SuppressWarnings("unchecked")
    synchronized T get(int fd) throws ErrnoException {
        Object v = fd >= 0 && fd < slots.length ? slots[fd] : null;
        if (v == null || v == RESERVED) {
            throw notHeld(fd);
        }
        return (T) v;
    }

    /**
     * Releases the number and gives back what it referred to.
     *
     * @throws ErrnoException EBADF if the number is not held
     */
    synchronized T remove(int fd) throws ErrnoException {
        T v = get(fd);
        free(fd);
        return v;
    }

    /** Releases a number that was reserved or installed; a number not held is left alone. */
    synchronized void release(int fd) {
        if (fd >= 0 && fd < slots.length && slots[fd] != null) {
            free(fd);
        }
    }

    private void free(int fd) {
        slots[fd] = null;
        taken.clear(fd);
        count--;
    }

    /** How many numbers are held (reserved or installed). */
    synchronized int size() {
        return count;
    }

    private static ErrnoException notHeld(int fd) {
        return new ErrnoException(Errno.EBADF, "descriptor " + fd + " is not open");
    }
}
