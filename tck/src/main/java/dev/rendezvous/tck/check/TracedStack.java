package dev.rendezvous.tck.check;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The implementation as every property sees it: each call is written to the case's
 * {@link Trace} with its outcome, the call in progress on each thread is known (so a hung call
 * can be named), descriptors opened and not yet closed are tracked, and anything thrown other
 * than an {@link ErrnoException} becomes an {@link ImplementationFault} naming the call.
 */
public final class TracedStack implements SocketStack {
    private final SocketStack target;
    private final Trace trace;
    private final Map<Thread, CallInProgress> inProgress = new ConcurrentHashMap<>();
    private final Set<Integer> open = new LinkedHashSet<>();

    /** A call that has not returned yet. */
    public record CallInProgress(Thread thread, String call, long startNanos) {}

    @FunctionalInterface
    private interface Call<T> {
        T run() throws ErrnoException;
    }

    public TracedStack(SocketStack target, Trace trace) {
        this.target = target;
        this.trace = trace;
    }

    /** The implementation itself, untraced. */
    public SocketStack target() {
        return target;
    }

    /** The calls that have not returned, one per thread. */
    public List<CallInProgress> callsInProgress() {
        return List.copyOf(inProgress.values());
    }

    /** Descriptors returned by socket or accept and not closed since. */
    public synchronized Set<Integer> openDescriptors() {
        return new LinkedHashSet<>(open);
    }

    private <T> T call(String text, Call<T> call, java.util.function.Function<T, String> shown) throws ErrnoException {
        Thread me = Thread.currentThread();
        inProgress.put(me, new CallInProgress(me, text, System.nanoTime()));
        try {
            T result = call.run();
            trace.add(text + " = " + shown.apply(result));
            return result;
        } catch (ErrnoException e) {
            trace.add(text + " -> " + e.errno().name() + " (" + e.errno().number() + ")");
            throw e;
        } catch (RuntimeException | Error e) {
            trace.add(text + " -> threw " + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            if (e instanceof ImplementationFault || e instanceof ThreadDeath) {
                throw e;
            }
            throw new ImplementationFault(text, e);
        } finally {
            inProgress.remove(me);
        }
    }

    private synchronized void opened(int fd) {
        open.add(fd);
    }

    private synchronized void closed(int fd) {
        open.remove(fd);
    }

    @Override
    public String name() {
        return target.name();
    }

    @Override
    public String version() {
        return target.version();
    }

    @Override
    public Set<Feature> features() {
        return target.features();
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        int fd = call(
                "socket(" + CallFormat.domain(domain) + ", " + CallFormat.type(type) + ")",
                () -> target.socket(domain, type),
                String::valueOf);
        opened(fd);
        return fd;
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        call(
                "bind(" + fd + ", " + CallFormat.address(address, length) + ")",
                () -> {
                    target.bind(fd, address, length);
                    return null;
                },
                r -> "0");
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        call(
                "listen(" + fd + ", " + backlog + ")",
                () -> {
                    target.listen(fd, backlog);
                    return null;
                },
                r -> "0");
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        call(
                "connect(" + fd + ", " + CallFormat.address(address, length) + ")",
                () -> {
                    target.connect(fd, address, length);
                    return null;
                },
                r -> "0");
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int nfd = call(
                "accept(" + fd + ", " + CallFormat.offered(from) + ")",
                () -> target.accept(fd, from),
                r -> r + CallFormat.returned(from));
        opened(nfd);
        return nfd;
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        call(
                "getsockname(" + fd + ", " + CallFormat.offered(name) + ")",
                () -> {
                    target.getsockname(fd, name);
                    return null;
                },
                r -> "0" + CallFormat.returned(name));
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        call(
                "getpeername(" + fd + ", " + CallFormat.offered(name) + ")",
                () -> {
                    target.getpeername(fd, name);
                    return null;
                },
                r -> "0" + CallFormat.returned(name));
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        return call(
                "send(" + fd + ", " + length + " bytes)",
                () -> target.send(fd, buffer, offset, length),
                String::valueOf);
    }

    @Override
    public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        return call(
                "recv(" + fd + ", space " + length + ")",
                () -> target.recv(fd, buffer, offset, length),
                String::valueOf);
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        call(
                "fcntl(" + fd + ", F_SETFL, " + (blocking ? "0" : "O_NONBLOCK") + ")",
                () -> {
                    target.setBlocking(fd, blocking);
                    return null;
                },
                r -> "0");
    }

    @Override
    public void close(int fd) throws ErrnoException {
        try {
            call(
                    "close(" + fd + ")",
                    () -> {
                        target.close(fd);
                        return null;
                    },
                    r -> "0");
        } finally {
            closed(fd);
        }
    }
}
