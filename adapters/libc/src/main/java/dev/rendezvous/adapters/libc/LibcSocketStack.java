package dev.rendezvous.adapters.libc;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The SPI on the platform's C library, through the JDK's foreign-function API: every call is
 * the libc function of the same name on a real descriptor, and every failure carries the
 * {@code errno} that call set. Names pass through as the SPI's bytes, which are already the
 * Linux {@code sockaddr} layouts; value-result lengths reach the kernel exactly as offered
 * ({@link NativeName}).
 *
 * <p>What the adapter adds, and why:
 * <ul>
 *   <li>It acts only on descriptors it returned (from {@code socket} and {@code accept}) and
 *       not yet closed; any other number is EBADF without a call. The descriptors of this
 *       process also belong to the JVM, and a close of one of those would break the JVM.</li>
 *   <li>{@link Thread#interrupt()} of a thread blocked in {@code accept}, {@code connect},
 *       {@code send} or {@code recv} becomes a real signal to that thread
 *       ({@link SignalOnInterrupt}); the call fails with EINTR and the thread's interrupt
 *       status is cleared. A call that completes although an interrupt came in returns its
 *       result and leaves the status set. A thread already interrupted fails with EINTR
 *       without calling. Calls on a descriptor set to non-blocking mode through this stack
 *       are made as they are.</li>
 *   <li>{@code send} passes {@code MSG_NOSIGNAL}: a broken stream gives EPIPE rather than a
 *       SIGPIPE to the process.</li>
 *   <li>An errno number that {@link Errno} does not hold is an {@link UnmappedErrnoException}.</li>
 * </ul>
 *
 * <p>Needs {@code --enable-native-access=ALL-UNNAMED} (or the module's name) to run without
 * warnings, and Linux: the constants and the {@code sigaction} layout are Linux's.
 */
public final class LibcSocketStack implements SocketStack {
    private static final Set<Feature> FEATURES = Collections.unmodifiableSet(
            EnumSet.of(Feature.INET, Feature.INET6, Feature.UNIX, Feature.NONBLOCKING, Feature.CROSS_PROCESS));

    private final Set<Integer> held = ConcurrentHashMap.newKeySet();
    /** The held descriptors set to non-blocking mode: their calls never wait for a signal. */
    private final Set<Integer> nonBlocking = ConcurrentHashMap.newKeySet();

    /** A stack with no descriptors yet. */
    public LibcSocketStack() {}

    @Override
    public String name() {
        return "libc";
    }

    @Override
    public String version() {
        return Libc.version() + " via java.lang.foreign, JDK "
                + Runtime.version().feature();
    }

    @Override
    public Set<Feature> features() {
        return FEATURES;
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        int fd = (int) call("socket", (arena, state) -> Libc.socket(state, domain, type, 0));
        held.add(fd);
        return fd;
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        requireHeld(fd);
        call("bind", (arena, state) -> Libc.bind(state, fd, NativeName.input(arena, address, length), length));
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        requireHeld(fd);
        call("listen", (arena, state) -> Libc.listen(state, fd, backlog));
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        requireHeld(fd);
        call("connect", (arena, state) -> {
            MemorySegment name = NativeName.input(arena, address, length);
            return interruptible(fd, () -> Libc.connect(state, fd, name, length));
        });
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        requireHeld(fd);
        int accepted = (int) call("accept", (arena, state) -> {
            NativeName name = NativeName.offer(arena, from);
            long result = interruptible(fd, () -> Libc.accept(state, fd, name.name(), name.length()));
            if (result >= 0) {
                name.copyBack();
            }
            return result;
        });
        held.add(accepted);
        return accepted;
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        nameCall("getsockname", Libc::getsockname, fd, name);
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        nameCall("getpeername", Libc::getpeername, fd, name);
    }

    /** {@code getsockname} or {@code getpeername}: same arguments, same value-result name. */
    private interface NameFunction {
        int call(MemorySegment state, int fd, MemorySegment name, MemorySegment length);
    }

    private void nameCall(String call, NameFunction function, int fd, SockaddrBuffer buffer) throws ErrnoException {
        requireHeld(fd);
        call(call, (arena, state) -> {
            NativeName n = NativeName.offer(arena, buffer);
            int result = function.call(state, fd, n.name(), n.length());
            if (result == 0) {
                n.copyBack();
            }
            return result;
        });
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        requireHeld(fd);
        requireRange(buffer, offset, length);
        return (int) call("send", (arena, state) -> {
            MemorySegment data = arena.allocate(Math.max(length, 1));
            MemorySegment.copy(buffer, offset, data, JAVA_BYTE, 0, length);
            return interruptible(fd, () -> Libc.send(state, fd, data, length, Libc.MSG_NOSIGNAL));
        });
    }

    @Override
    public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        requireHeld(fd);
        requireRange(buffer, offset, length);
        return (int) call("recv", (arena, state) -> {
            MemorySegment data = arena.allocate(Math.max(length, 1));
            long result = interruptible(fd, () -> Libc.recv(state, fd, data, length, 0));
            if (result > 0) {
                MemorySegment.copy(data, JAVA_BYTE, 0, buffer, offset, (int) result);
            }
            return result;
        });
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        requireHeld(fd);
        int flags = (int) call("fcntl", (arena, state) -> Libc.fcntl(state, fd, Libc.F_GETFL, 0));
        int wanted = blocking ? flags & ~Libc.O_NONBLOCK : flags | Libc.O_NONBLOCK;
        call("fcntl", (arena, state) -> Libc.fcntl(state, fd, Libc.F_SETFL, wanted));
        if (blocking) {
            nonBlocking.remove(fd);
        } else {
            nonBlocking.add(fd);
        }
    }

    @Override
    public void close(int fd) throws ErrnoException {
        if (!held.remove(fd)) {
            throw notHeld(fd);
        }
        nonBlocking.remove(fd);
        call("close", (arena, state) -> Libc.close(state, fd));
    }

    /**
     * Closes the kernel descriptors this stack still holds: they are the process's, and would
     * stay open until the JVM exits. The signal handler stays installed (it is the process's, once).
     */
    @Override
    public void release() {
        for (Integer fd : List.copyOf(held)) {
            try {
                close(fd);
            } catch (ErrnoException e) {
                // closed by another thread meanwhile: nothing left to release
            }
        }
    }

    /** One libc call: its arena, its errno capture, and -1 turned into the errno's exception. */
    private interface NativeCall {
        long run(Arena arena, MemorySegment callState) throws ErrnoException;
    }

    private static long call(String name, NativeCall call) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.newCallState(arena);
            long result = call.run(arena, state);
            if (result != -1) {
                return result;
            }
            int errno = Libc.errno(state);
            if (errno == Errno.EINTR.number()) {
                Thread.interrupted();
            }
            throw failure(name, errno);
        }
    }

    /**
     * A call that may block, interruptible by {@link Thread#interrupt()} through a real signal;
     * on a descriptor in non-blocking mode, just the call.
     */
    private long interruptible(int fd, LongSupplier call) throws ErrnoException {
        if (nonBlocking.contains(fd)) {
            return call.getAsLong();
        }
        long result = SignalOnInterrupt.run(call);
        if (result == SignalOnInterrupt.INTERRUPTED_BEFORE_CALL) {
            Thread.interrupted();
            throw new ErrnoException(Errno.EINTR, "interrupted before the call");
        }
        return result;
    }

    /**
     * The exception for a call that set {@code errno}.
     *
     * @throws UnmappedErrnoException if the table does not hold the number
     */
    static ErrnoException failure(String call, int errno) {
        return Errno.ofNumber(errno)
                .map(e -> new ErrnoException(e, call))
                .orElseThrow(() -> new UnmappedErrnoException(call, errno));
    }

    private void requireHeld(int fd) throws ErrnoException {
        if (!held.contains(fd)) {
            throw notHeld(fd);
        }
    }

    private static ErrnoException notHeld(int fd) {
        return new ErrnoException(Errno.EBADF, "descriptor " + fd + " is not held by this stack");
    }

    private static void requireRange(byte[] buffer, int offset, int length) throws ErrnoException {
        if (buffer == null || offset < 0 || length < 0 || offset > buffer.length - length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "range " + offset + "+" + length + " outside the buffer"
                            + (buffer == null ? " (null)" : " of " + buffer.length));
        }
    }
}
