package dev.rendezvous.api;

/**
 * The value-result address argument of {@code accept(2)}, {@code getsockname(2)} and
 * {@code getpeername(2)}: a byte array ({@code from}) and an {@code int} length
 * ({@code fromlen}).
 *
 * <p>Contract: "The value-result parameter fromlen is initialized by the server to show how
 * much space is associated with from. It is then modified on return to reflect the true size
 * of the name." The caller sets {@link #length()} to the space it offers (at most the array's
 * size); the call writes the first {@code min(offered, true size)} bytes of the name, touches
 * nothing past the offered space, and sets {@link #length()} to the true size of the name,
 * which may exceed the space offered (the name was then truncated).
 *
 * <p>Not thread-safe: one buffer belongs to one call at a time.
 */
@Stable
public final class SockaddrBuffer {
    private final byte[] storage;
    private int length;

    /** A buffer of {@code capacity} bytes, offering all of them. */
    public SockaddrBuffer(int capacity) {
        this(new byte[capacity], capacity);
    }

    /**
     * A buffer over the caller's array, offering {@code offered} bytes. The offered length is
     * not checked here: as with the C call, a negative one or one past the array is the
     * call's to reject ({@link #store} gives EINVAL and EFAULT).
     */
    public SockaddrBuffer(byte[] storage, int offered) {
        if (storage == null) {
            throw new IllegalArgumentException("storage is null");
        }
        this.storage = storage;
        this.length = offered;
    }

    /**
     * A buffer as large as the largest name a call gives back: {@value Sockaddr#MAX_UNIX_NAME_LENGTH}
     * bytes, a {@code sockaddr_un} whose 108-byte path is followed by its NUL. (Changed in 0.2.0:
     * it was {@code sizeof(struct sockaddr_un)}, 110 bytes, which truncates that name.)
     */
    public static SockaddrBuffer ofMaximumSize() {
        return new SockaddrBuffer(Sockaddr.MAX_UNIX_NAME_LENGTH);
    }

    /** The caller's array itself (not a copy): where the call writes. */
    public byte[] storage() {
        return storage;
    }

    /** Before the call: the space offered. After a successful call: the true size of the name. */
    public int length() {
        return length;
    }

    /** Sets the value-result length (the caller before the call, the call on return). */
    public void setLength(int length) {
        this.length = length;
    }

    /**
     * For implementations: stores {@code name} as the contract states, in one step. Writes the
     * first {@code min(offered, name.length())} bytes into the array, nothing past them, and
     * sets the length to {@code name.length()}.
     *
     * @throws ErrnoException EINVAL if the offered length is negative; EFAULT if it exceeds
     *     the array (the space the caller claims does not exist)
     */
    public void store(Sockaddr name) throws ErrnoException {
        checkOffered();
        byte[] b = name.bytes();
        int n = Math.min(length, b.length);
        System.arraycopy(b, 0, storage, 0, n);
        length = b.length;
    }

    /**
     * For implementations: checks the offered length before the call does anything that
     * cannot be undone (such as taking a connection off the queue).
     *
     * @throws ErrnoException EINVAL if negative, EFAULT if past the array
     */
    public void checkOffered() throws ErrnoException {
        if (length < 0) {
            throw new ErrnoException(Errno.EINVAL, "negative address length " + length);
        }
        if (length > storage.length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "address length " + length + " exceeds the " + storage.length + " bytes of the buffer");
        }
    }

    /** Whether the name the call gave back did not fit into the array. */
    public boolean truncated() {
        return length > storage.length;
    }

    /**
     * The name the call gave back, decoded from the first {@link #length()} bytes.
     *
     * @throws IllegalStateException if it was truncated or does not decode
     */
    public Sockaddr name() {
        if (truncated()) {
            throw new IllegalStateException(
                    "the name was truncated: true size " + length + ", space " + storage.length);
        }
        return Sockaddr.decode(storage, length);
    }

    @Override
    public String toString() {
        return "SockaddrBuffer{length=" + length + ", storage[" + storage.length + "]=" + Hex.of(storage) + "}";
    }
}
