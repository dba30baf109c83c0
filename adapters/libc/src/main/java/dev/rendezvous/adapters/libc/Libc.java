package dev.rendezvous.adapters.libc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The libc functions the adapter calls, bound through the foreign-function API. Every socket
 * call captures {@code errno} in a call-state segment the caller allocates
 * ({@link #newCallState}); {@link #errno} reads it back. Each method returns what the C
 * function returns, unchanged.
 */
final class Libc {
    /** {@code F_GETFL}, {@code F_SETFL} and {@code O_NONBLOCK} (Linux, x86-64 and AArch64). */
    static final int F_GETFL = 3;

    static final int F_SETFL = 4;
    static final int O_NONBLOCK = 0x800;
    /** {@code MSG_NOSIGNAL}: a send on a broken stream gives EPIPE instead of raising SIGPIPE. */
    static final int MSG_NOSIGNAL = 0x4000;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static final MethodHandle SOCKET = withErrno("socket", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle BIND = withErrno("bind", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle LISTEN = withErrno("listen", JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle CONNECT = withErrno("connect", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle ACCEPT = withErrno("accept", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle GETSOCKNAME = withErrno("getsockname", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle GETPEERNAME = withErrno("getpeername", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle SEND = withErrno("send", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
    private static final MethodHandle RECV = withErrno("recv", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
    private static final MethodHandle CLOSE = withErrno("close", JAVA_INT, JAVA_INT);
    private static final MethodHandle FCNTL = LINKER.downcallHandle(
            symbol("fcntl"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            CAPTURE_ERRNO,
            Linker.Option.firstVariadicArg(2));

    private Libc() {}

    private static MethodHandle withErrno(String name, MemoryLayout result, MemoryLayout... args) {
        return LINKER.downcallHandle(symbol(name), FunctionDescriptor.of(result, args), CAPTURE_ERRNO);
    }

    /** The address of a libc function, for binding or for handing to the kernel. */
    static MemorySegment symbol(String name) {
        return LIBC.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no function " + name));
    }

    /** A downcall handle without errno capture, for the few calls that report errors otherwise. */
    static MethodHandle plain(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor);
    }

    /** A segment that receives {@code errno} after a call. */
    static MemorySegment newCallState(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    /** The {@code errno} the last call with this state segment left. */
    static int errno(MemorySegment callState) {
        return (int) ERRNO.get(callState, 0L);
    }

    static int socket(MemorySegment state, int domain, int type, int protocol) {
        try {
            return (int) SOCKET.invokeExact(state, domain, type, protocol);
        } catch (Throwable t) {
            throw failedDowncall("socket", t);
        }
    }

    static int bind(MemorySegment state, int fd, MemorySegment addr, int len) {
        try {
            return (int) BIND.invokeExact(state, fd, addr, len);
        } catch (Throwable t) {
            throw failedDowncall("bind", t);
        }
    }

    static int listen(MemorySegment state, int fd, int backlog) {
        try {
            return (int) LISTEN.invokeExact(state, fd, backlog);
        } catch (Throwable t) {
            throw failedDowncall("listen", t);
        }
    }

    static int connect(MemorySegment state, int fd, MemorySegment addr, int len) {
        try {
            return (int) CONNECT.invokeExact(state, fd, addr, len);
        } catch (Throwable t) {
            throw failedDowncall("connect", t);
        }
    }

    static int accept(MemorySegment state, int fd, MemorySegment addr, MemorySegment len) {
        try {
            return (int) ACCEPT.invokeExact(state, fd, addr, len);
        } catch (Throwable t) {
            throw failedDowncall("accept", t);
        }
    }

    static int getsockname(MemorySegment state, int fd, MemorySegment addr, MemorySegment len) {
        try {
            return (int) GETSOCKNAME.invokeExact(state, fd, addr, len);
        } catch (Throwable t) {
            throw failedDowncall("getsockname", t);
        }
    }

    static int getpeername(MemorySegment state, int fd, MemorySegment addr, MemorySegment len) {
        try {
            return (int) GETPEERNAME.invokeExact(state, fd, addr, len);
        } catch (Throwable t) {
            throw failedDowncall("getpeername", t);
        }
    }

    static long send(MemorySegment state, int fd, MemorySegment buf, long len, int flags) {
        try {
            return (long) SEND.invokeExact(state, fd, buf, len, flags);
        } catch (Throwable t) {
            throw failedDowncall("send", t);
        }
    }

    static long recv(MemorySegment state, int fd, MemorySegment buf, long len, int flags) {
        try {
            return (long) RECV.invokeExact(state, fd, buf, len, flags);
        } catch (Throwable t) {
            throw failedDowncall("recv", t);
        }
    }

    static int close(MemorySegment state, int fd) {
        try {
            return (int) CLOSE.invokeExact(state, fd);
        } catch (Throwable t) {
            throw failedDowncall("close", t);
        }
    }

    static int fcntl(MemorySegment state, int fd, int cmd, int arg) {
        try {
            return (int) FCNTL.invokeExact(state, fd, cmd, arg);
        } catch (Throwable t) {
            throw failedDowncall("fcntl", t);
        }
    }

    /** The C library's own version, e.g. {@code glibc 2.36}, or {@code libc} if it does not say. */
    static String version() {
        return LIBC.find("gnu_get_libc_version")
                .map(address -> {
                    try {
                        MemorySegment text =
                                (MemorySegment) LINKER.downcallHandle(address, FunctionDescriptor.of(ADDRESS))
                                        .invokeExact();
                        return "glibc " + text.reinterpret(64).getString(0);
                    } catch (Throwable t) {
                        throw failedDowncall("gnu_get_libc_version", t);
                    }
                })
                .orElse("libc");
    }

    /** A downcall threw: only a programming error in the bindings can cause this. */
    static IllegalStateException failedDowncall(String name, Throwable cause) {
        return new IllegalStateException("the downcall to " + name + " failed", cause);
    }
}
