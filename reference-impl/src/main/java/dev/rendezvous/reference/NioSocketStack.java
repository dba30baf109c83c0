package dev.rendezvous.reference;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import java.util.Set;

/**
 * The reference implementation of {@link SocketStack}, on {@code java.nio} channels, keeping
 * the contract where NIO does not keep it by itself.
 *
 * <p>Descriptors are numbers in a {@link DescriptorTable} (lowest free first, from 3). Each
 * refers to a socket with an explicit {@link SocketState}; every call checks the state first
 * and answers with the errno Linux gives. The emulations, each documented on its class:
 * <ul>
 *   <li>bind without listen holds the name in an unconnected channel that refuses connections
 *       ({@link Placeholder}); listen moves it to a listening channel ({@link ListenerStart});
 *       the backlog is translated ({@link Backlog});</li>
 *   <li>connect binds an unbound Internet socket itself first ({@link AutoBindSource}) and
 *       keeps the name after a failure ({@link NameKeeper}), completes non-blocking connects in
 *       the background and dissolves on {@code AF_UNSPEC} ({@link Connector});</li>
 *   <li>blocking calls sleep in a selector, so that an interrupt gives EINTR and leaves the
 *       socket open ({@link ChannelWaiter}, {@link Acceptor}, {@link StreamIo});</li>
 *   <li>names are read and written as Linux does ({@link InetDomain}, {@link UnixDomain});</li>
 *   <li>JDK exceptions become errnos through one table ({@link JdkFailures}); one the table does
 *       not know becomes an {@link UnmappedFailureException}.</li>
 * </ul>
 *
 * <p>socket(): the type may carry {@code SOCK_NONBLOCK} (starts in non-blocking mode) and
 * {@code SOCK_CLOEXEC} (no effect), as on Linux; other flag bits are EINVAL. A family out of
 * Linux's range, or one this stack does not support or could not probe, is EAFNOSUPPORT; a type
 * past Linux's last is EINVAL; any type but {@code SOCK_STREAM} is ESOCKTNOSUPPORT (Linux would
 * make datagram sockets: they are not covered by the contract). No channel is opened before a
 * socket has a name or a peer.
 *
 * <p>Thread-safe: calls on different descriptors, and on the same one, may come from any
 * threads at once; accept may sleep in one thread while others connect and close.
 */
public final class NioSocketStack implements SocketStack {
    /** {@code SOCK_NONBLOCK}: in socket()'s type, start in non-blocking mode. */
    public static final int SOCK_NONBLOCK = 0x800;
    /** {@code SOCK_CLOEXEC}: in socket()'s type, close on exec (no effect in a JVM). */
    public static final int SOCK_CLOEXEC = 0x80000;
    /** The most descriptors one stack holds; one more gives EMFILE. */
    public static final int MAX_DESCRIPTORS = 65_536;

    private static final int SOCK_TYPE_MASK = 0xF;
    private static final int SOCK_MAX = 11;
    private static final int AF_MAX = 46;

    private final DescriptorTable<NioSocket> table = new DescriptorTable<>(MAX_DESCRIPTORS);
    private final StackResources resources = new StackResources();
    private final Connector connector = new Connector(resources.waiter);
    private final Acceptor acceptor = new Acceptor(resources.waiter, table);
    private final StreamIo io = new StreamIo(resources.waiter);

    /** A stack with no descriptor open. */
    public NioSocketStack() {}

    @Override
    public String name() {
        return "Rendezvous reference (java.nio)";
    }

    @Override
    public String version() {
        String v = NioSocketStack.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0";
    }

    @Override
    public Set<Feature> features() {
        return FeatureProbe.features();
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        int flags = type & ~SOCK_TYPE_MASK;
        if ((flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)) != 0) {
            throw new ErrnoException(Errno.EINVAL, "socket: unknown flags in type " + type);
        }
        if (domain < 0 || domain >= AF_MAX) {
            throw new ErrnoException(Errno.EAFNOSUPPORT, "socket: family " + domain);
        }
        int base = type & SOCK_TYPE_MASK;
        if (base >= SOCK_MAX) {
            throw new ErrnoException(Errno.EINVAL, "socket: type " + base);
        }
        SocketDomain d = SocketDomain.of(domain);
        if (d == null || !features().contains(featureOf(d))) {
            throw new ErrnoException(
                    Errno.EAFNOSUPPORT, "socket: " + AddressFamily.name(domain) + " is not supported here");
        }
        if (base != SocketType.SOCK_STREAM) {
            throw new ErrnoException(Errno.ESOCKTNOSUPPORT, "socket: only SOCK_STREAM, not type " + base);
        }
        return table.add(new NioSocket(d, resources, (flags & SOCK_NONBLOCK) != 0));
    }

    private static Feature featureOf(SocketDomain d) {
        switch (d.family()) {
            case AddressFamily.AF_INET6:
                return Feature.INET6;
            case AddressFamily.AF_UNIX:
                return Feature.UNIX;
            default:
                return Feature.INET;
        }
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        table.get(fd).bind(address, length);
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        table.get(fd).listen(backlog);
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        connector.connect(table.get(fd), address, length);
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        return acceptor.accept(table.get(fd), from);
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        table.get(fd).getsockname(name);
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        table.get(fd).getpeername(name);
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        return io.send(table.get(fd), buffer, offset, length);
    }

    @Override
    public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        return io.recv(table.get(fd), buffer, offset, length);
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        table.get(fd).setBlocking(blocking);
    }

    @Override
    public void close(int fd) throws ErrnoException {
        table.remove(fd).close();
    }

    /**
     * How many names this stack could not take again after NIO closed the channel that held
     * them (another socket took the name in the moment between; see {@link NameKeeper}). Each
     * is also logged as a WARNING. 0 in a healthy run.
     */
    public long lostNames() {
        return resources.keeper.lostCount();
    }

    /**
     * Whether the socket's name was lost that way: getsockname still reports it, but no channel
     * holds it.
     *
     * @throws ErrnoException EBADF for a number not held
     */
    public boolean nameLost(int fd) throws ErrnoException {
        return table.get(fd).nameLost();
    }

    /** How many descriptors are open. */
    public int openDescriptors() {
        return table.size();
    }

    /** Closes the idle selectors the stack keeps for blocking waits; its descriptors stay as they are. */
    @Override
    public void release() {
        resources.selectors.closeIdle();
    }
}
