package dev.rendezvous.tck.check;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.lab.LabDescription;
import dev.rendezvous.tck.property.Choices;
import dev.rendezvous.tck.property.Gen;
import dev.rendezvous.tck.property.InvalidCase;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One generated case of a property: where its values come from ({@link Choices}), the
 * implementation (traced), the timing knobs, and the fixtures every property needs (a
 * listener, a client, a refused name, a fresh UNIX path). Everything the case opens is closed
 * by the harness when it ends.
 */
public final class Case {
    /** The longest UNIX path the kit generates, in bytes (Linux allows 107; the JDK 106). */
    public static final int MAX_GENERATED_PATH = 100;

    /**
     * The longest UNIX path every system's {@code sun_path} holds with its NUL (104 bytes on the
     * BSDs and macOS): every implementation binds it. Longer paths, up to the family's limit of
     * {@link Sockaddr#SUN_PATH_CAPACITY} bytes (Linux), may be refused.
     */
    public static final int PORTABLE_PATH = 103;

    /** The shortest path {@link #unixPathToTheLimit()} draws: room for the run's directory under /tmp. */
    private static final int SHORTEST_DRAWN_PATH = 48;

    private static final String PATH_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_. ,+=@~é";
    private static final AtomicInteger PATHS = new AtomicInteger();
    /**
     * How many characters a path draws, whatever the run directory's length: the draws of a case
     * do not depend on where the run happens, so a replay token draws the same case anywhere.
     */
    private static final int MAX_DRAWN_PATH_CHARS = 64;

    private final Property property;
    private final Choices choices;
    private final TracedStack stack;
    private final Knobs knobs;
    private final Set<Feature> claimed;
    private final Path unixDir;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final String labAbsence;
    private final int turn;
    private volatile int familyDrawn = AddressFamily.AF_UNSPEC;

    public Case(
            Property property,
            Choices choices,
            TracedStack stack,
            Knobs knobs,
            Set<Feature> claimed,
            Path unixDir,
            String labAbsence) {
        this(property, choices, stack, knobs, claimed, unixDir, labAbsence, 0);
    }

    /**
     * @param turn the number of the try this case is in the property's run: a random case draws
     *     the family {@code turn} stands for, so that a property's tries spread evenly over the
     *     claimed families (a replay draws the family it recorded)
     */
    public Case(
            Property property,
            Choices choices,
            TracedStack stack,
            Knobs knobs,
            Set<Feature> claimed,
            Path unixDir,
            String labAbsence,
            int turn) {
        this.turn = turn;
        this.labAbsence = labAbsence;
        this.property = property;
        this.choices = choices;
        this.stack = stack;
        this.knobs = knobs;
        this.claimed = Set.copyOf(claimed);
        this.unixDir = unixDir;
    }

    /** Where the case's values come from. */
    public Choices choices() {
        return choices;
    }

    /** A value of {@code gen}, drawn from the case's choices. */
    public <T> T draw(Gen<T> gen) {
        return gen.generate(choices);
    }

    /** An int in {@code [min, max]}, drawn from the case's choices. */
    public int between(int min, int max) {
        return choices.between(min, max);
    }

    /** The implementation under test, every call traced. */
    public SocketStack stack() {
        return stack;
    }

    /** The traced implementation, for the harness. */
    public TracedStack traced() {
        return stack;
    }

    /** The timing knobs. */
    public Knobs knobs() {
        return knobs;
    }

    /** What the implementation claims. */
    public Set<Feature> claimed() {
        return claimed;
    }

    /** Threads the case started in the background (the harness interrupts and dumps them). */
    public List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** A family the property ranges over and the implementation claims, drawn. */
    public int family() {
        List<Integer> families = Families.claimedAmong(property.families(), claimed);
        if (families.isEmpty()) {
            throw new NotVerifiedException("no family of " + property.families() + " is claimed");
        }
        int family = choices.pickInTurn(families, turn);
        if (familyDrawn == AddressFamily.AF_UNSPEC) {
            familyDrawn = family;
        }
        return family;
    }

    /** The family the case drew first ({@link #family()}); AF_UNSPEC when it drew none. */
    public int familyDrawn() {
        return familyDrawn;
    }

    /**
     * The network lab this case runs in: its targets, by the errno they provoke.
     *
     * @throws NotVerifiedException saying why there is no lab here
     */
    public LabDescription lab() {
        if (labAbsence == null) {
            Optional<LabDescription> lab = LabDescription.current();
            if (lab.isPresent() && lab.get().insideLab()) {
                return lab.get();
            }
        }
        throw new NotVerifiedException(
                "needs the network lab: " + (labAbsence == null ? "this JVM does not run inside it" : labAbsence));
    }

    /**
     * Not meeting an assumption: the case is not counted. Only for the kit's own draws: whatever
     * the implementation answered is judged, never a reason to throw a case away.
     */
    public void assume(boolean condition, String why) {
        if (!condition) {
            throw new InvalidCase(why);
        }
    }

    /** A new stream socket of the family. */
    public int socket(int family) throws ErrnoException {
        return stack.socket(family, SocketType.SOCK_STREAM);
    }

    /** A fresh UNIX-domain path under the run's directory, of a drawn length, with awkward but legal characters. */
    public String unixPath() {
        String base = unixDir.toString() + "/" + PATHS.incrementAndGet() + "-";
        int extra = between(0, MAX_DRAWN_PATH_CHARS);
        StringBuilder drawn = new StringBuilder();
        for (int i = 0; i < extra; i++) {
            drawn.append(PATH_CHARS.charAt(between(0, PATH_CHARS.length() - 1)));
        }
        StringBuilder p = new StringBuilder(base);
        for (int i = 0; i < drawn.length(); i++) {
            String ch = String.valueOf(drawn.charAt(i));
            if (p.toString().getBytes(StandardCharsets.UTF_8).length + ch.getBytes(StandardCharsets.UTF_8).length
                    > MAX_GENERATED_PATH) {
                break;
            }
            p.append(ch);
        }
        return p.toString();
    }

    /**
     * A fresh UNIX-domain path under the run's directory of a drawn length in bytes up to the
     * family's limit, {@link Sockaddr#SUN_PATH_CAPACITY} (108, no room left for the NUL): half of
     * the draws are exactly the limit, where an implementation that keeps room for a NUL breaks; a
     * quarter from {@link #PORTABLE_PATH} to the limit; a quarter from 48 bytes (room for the run's
     * directory). A length shorter than the directory's path is not counted (the draw does not
     * depend on where the run happens).
     */
    public String unixPathToTheLimit() {
        String base = unixDir.toString() + "/" + PATHS.incrementAndGet() + "-";
        int branch = between(0, 3);
        int length = branch >= 2
                ? Sockaddr.SUN_PATH_CAPACITY
                : branch == 1
                        ? between(PORTABLE_PATH, Sockaddr.SUN_PATH_CAPACITY)
                        : between(SHORTEST_DRAWN_PATH, Sockaddr.SUN_PATH_CAPACITY);
        int baseBytes = base.getBytes(StandardCharsets.UTF_8).length;
        assume(baseBytes < length, "the run's directory leaves no room for a path of " + length + " bytes");
        StringBuilder p = new StringBuilder(base);
        while (p.length() < length) {
            p.append((char) ('a' + p.length() % 26));
        }
        return p.toString();
    }

    /**
     * A fresh UNIX-domain path under the run's directory that draws nothing: short and plain, for
     * properties about something other than the path.
     */
    public String plainUnixPath() {
        return unixDir.toString() + "/" + PATHS.incrementAndGet() + "-p";
    }

    /** A name to bind a server to: the family's loopback address with port 0, or a fresh UNIX path. */
    public Sockaddr freshName(int family) {
        if (family == AddressFamily.AF_UNIX) {
            return Sockaddr.unix(unixPath());
        }
        return Sockaddr.inet(Families.loopback(family), 0);
    }

    /** A loopback name of an Internet family with a drawn address (127.0.0.1..127.0.0.254 for IPv4). */
    public Sockaddr drawnLoopbackName(int family) throws Exception {
        if (family == AddressFamily.AF_INET) {
            return Sockaddr.inet(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) between(1, 254)}), 0);
        }
        return freshName(family);
    }

    /** A bound socket of the family (not listening), with its name. */
    public Endpoint bound(int family) throws ErrnoException {
        int fd = socket(family);
        Sockaddr name = freshName(family);
        stack.bind(fd, name.bytes(), name.length());
        return new Endpoint(fd, boundName(fd));
    }

    /**
     * The name a bound socket is to be reached at, as getsockname gives it. An Internet socket
     * bound to port 0 must show the port the system selected for it: one that shows port 0 cannot
     * be reached at its name. That breaks SERVER-BIND-LISTEN, whose own property judges it; a
     * property of another clause has nothing to check then, and says why.
     *
     * @throws NotVerifiedException when an Internet socket shows port 0
     */
    public Sockaddr boundName(int fd) throws ErrnoException {
        return reachable(nameOf(fd), "getsockname(" + fd + ")");
    }

    /**
     * {@code name}, as {@code shownBy} gave it for a socket bound to port 0, when a client can
     * reach it: an Internet name with port 0 cannot be, which breaks SERVER-BIND-LISTEN.
     *
     * @throws NotVerifiedException when an Internet name shows port 0
     */
    public static Sockaddr reachable(Sockaddr name, String shownBy) {
        if (name.family() != AddressFamily.AF_UNIX && name.port() == 0) {
            throw new NotVerifiedException(PORT_ZERO + " (" + shownBy + " gave " + name
                    + "): its server cannot be reached at its name, which breaks SERVER-BIND-LISTEN");
        }
        return name;
    }

    /** What a socket bound to port 0 that shows port 0 tells. */
    public static final String PORT_ZERO = "a socket bound to port 0 shows port 0";

    /** A listening socket of the family, bound to a fresh loopback name, with its name. */
    public Endpoint listener(int family, int backlog) throws ErrnoException {
        Endpoint b = bound(family);
        stack.listen(b.fd(), backlog);
        return b;
    }

    /** A listening socket with backlog 5, as in the contract's example. */
    public Endpoint listener(int family) throws ErrnoException {
        return listener(family, 5);
    }

    /**
     * A name where no server process is present: a socket bound to it without listen, kept
     * open so that nothing else takes it.
     */
    public Sockaddr refusedName(int family) throws ErrnoException {
        return bound(family).name();
    }

    /** A new client socket of the listener's family, connected to it. */
    public int connectedClient(Endpoint l) throws ErrnoException {
        int fd = socket(Sockaddr.familyOf(l.name().bytes()));
        stack.connect(fd, l.name().bytes(), l.name().length());
        return fd;
    }

    /** The socket's own name (getsockname with room for any name). */
    public Sockaddr nameOf(int fd) throws ErrnoException {
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        stack.getsockname(fd, b);
        return decoded(b, "getsockname(" + fd + ")");
    }

    /** The peer's name (getpeername with room for any name). */
    public Sockaddr peerOf(int fd) throws ErrnoException {
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        stack.getpeername(fd, b);
        return decoded(b, "getpeername(" + fd + ")");
    }

    /** The name in a buffer a call filled, or a violation saying why it is not a name. */
    public static Sockaddr decoded(SockaddrBuffer b, String call) {
        if (b.truncated()) {
            throw new Violation(call + " set a length of " + b.length() + ", more than any name: " + b);
        }
        try {
            return b.name();
        } catch (IllegalArgumentException e) {
            throw new Violation(call + " gave back no valid name: " + e.getMessage());
        }
    }

    /** Runs {@code call} on a new thread of the case; judge it with {@link Pending}. */
    public <T> Pending<T> inBackground(String what, Callable<T> call) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        f.complete(call.call());
                    } catch (Throwable e) {
                        f.completeExceptionally(e);
                    }
                },
                "rendezvous-case-" + property.id());
        t.setDaemon(true);
        threads.add(t);
        t.start();
        return new Pending<>(what, t, f);
    }

    /** Sends all of {@code data} on {@code fd}. */
    public void sendAll(int fd, byte[] data) throws ErrnoException {
        int off = 0;
        while (off < data.length) {
            int n = stack.send(fd, data, off, data.length - off);
            Expect.that(n > 0 && n <= data.length - off, "send(%d) returned %d for %d bytes", fd, n, data.length - off);
            off += n;
        }
    }

    /** Receives exactly {@code length} bytes from {@code fd}, or a violation at an early end of stream. */
    public byte[] recvExactly(int fd, int length) throws ErrnoException {
        byte[] b = new byte[length];
        int off = 0;
        while (off < length) {
            int n = stack.recv(fd, b, off, length - off);
            Expect.that(n > 0, "recv(%d) gave the end of the stream after %d of %d bytes", fd, off, length);
            off += n;
        }
        return b;
    }
}
