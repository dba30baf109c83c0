package dev.rendezvous.tck.wire;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SPI over a pipe: every call is one request, a JSON line, to a driver — any program,
 * started from an argument vector, that answers one JSON line a request on its standard output
 * ({@code docs/wire-protocol.md}). Several threads may have calls in flight; each request
 * carries its thread's id ({@link Lanes}), and an interrupt of a thread waiting for its answer
 * is sent to the driver as an {@code interrupt} request, which the driver delivers as a real
 * signal to its thread for that id.
 *
 * <p>What is checked here, without a request, is what only exists on this side: a length past
 * the end of a Java array (EFAULT, as a pointer to memory that is not there). A driver that
 * ends, or breaks the protocol, fails the call in flight with a {@link DriverFailure} holding the
 * evidence; the next call starts the driver again.
 */
public final class WireSocketStack implements SocketStack {
    /** The version of the protocol this side speaks. */
    public static final int PROTOCOL = 1;
    /** How a driver is named where the kit takes an implementation's class name. */
    public static final String REFERENCE_PREFIX = "driver:";

    private final String command;
    private final List<String> argv;
    private final Lanes lanes = new Lanes();
    private final String name;
    private final String version;
    private final Set<Feature> features;
    private DriverProcess driver;

    private WireSocketStack(String command, List<String> argv, DriverProcess driver, Answer hello) {
        this.command = command;
        this.argv = argv;
        this.driver = driver;
        this.name = text(driver, hello, "name");
        this.version = text(driver, hello, "version");
        this.features = features(driver, hello);
    }

    /**
     * Starts the driver and makes the handshake.
     *
     * @param command the driver's command line, split as {@link DriverCommand#split} says
     * @throws DriverFailure when it cannot be started, ends, or answers {@code hello} wrongly
     * @throws IllegalArgumentException when the command line is empty or has an unclosed quote
     */
    public static WireSocketStack start(String command) {
        List<String> argv = DriverCommand.split(command);
        DriverProcess driver = DriverProcess.start(command, argv);
        return new WireSocketStack(command, argv, driver, hello(driver));
    }

    private static Answer hello(DriverProcess driver) {
        Answer hello = driver.hello(PROTOCOL);
        Object protocol = hello.fields().get("protocol");
        if (!Boolean.TRUE.equals(hello.fields().get("ok"))
                || !Long.valueOf(PROTOCOL).equals(protocol)) {
            driver.kill();
            throw driver.brokeProtocol("hello with something other than ok and protocol " + PROTOCOL, hello);
        }
        return hello;
    }

    /** The implementation's reference: {@code driver:COMMAND} for a driver, its class name otherwise. */
    public static String referenceOf(SocketStack stack) {
        return stack instanceof WireSocketStack
                ? REFERENCE_PREFIX + ((WireSocketStack) stack).command
                : stack.getClass().getName();
    }

    /**
     * For a call that does not return: the requests {@code stack}'s driver has not answered and
     * its last standard error, after {@code "; "}; empty for any other stack, or a driver that
     * owes nothing.
     */
    public static String unansweredOf(SocketStack stack) {
        if (!(stack instanceof WireSocketStack)) {
            return "";
        }
        DriverProcess d;
        synchronized (stack) {
            d = ((WireSocketStack) stack).driver;
        }
        String owed = d.unansweredRequests();
        return owed.isEmpty() ? "" : "; " + owed;
    }

    private static String text(DriverProcess driver, Answer hello, String key) {
        Object v = hello.fields().get(key);
        if (!(v instanceof String) || ((String) v).isBlank()) {
            driver.kill();
            throw driver.brokeProtocol("hello without a " + key, hello);
        }
        return (String) v;
    }

    private static Set<Feature> features(DriverProcess driver, Answer hello) {
        Object v = hello.fields().get("features");
        if (!(v instanceof List)) {
            driver.kill();
            throw driver.brokeProtocol("hello without a list of features", hello);
        }
        Set<Feature> out = EnumSet.noneOf(Feature.class);
        for (Object f : (List<?>) v) {
            try {
                out.add(Feature.valueOf((String) f));
            } catch (IllegalArgumentException e) {
                driver.kill();
                throw driver.brokeProtocol("hello with a feature the SPI does not have, " + f, hello);
            }
        }
        return Set.copyOf(out);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<Feature> features() {
        return features;
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        return descriptor(call(request("socket").with("domain", domain).with("type", type)), "fd");
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        call(named(request("bind").with("fd", fd), address, length));
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        call(request("listen").with("fd", fd).with("backlog", backlog));
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        call(named(request("connect").with("fd", fd), address, length));
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        Returned r = call(offered(request("accept").with("fd", fd), from));
        int accepted = descriptor(r, "fd");
        returnedName(r, from);
        return accepted;
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        returnedName(call(offered(request("getsockname").with("fd", fd), name)), name);
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        returnedName(call(offered(request("getpeername").with("fd", fd), name)), name);
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        requireRange(buffer, offset, length);
        Returned r = call(request("send").with("fd", fd).with("data", WireHex.of(buffer, offset, length)));
        long n = r.number("n");
        if (n < 0 || n > length) {
            throw r.broke("send with " + n + " bytes taken of " + length);
        }
        return (int) n;
    }

    @Override
    public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        requireRange(buffer, offset, length);
        Returned r = call(request("recv").with("fd", fd).with("max", length));
        byte[] data = r.bytes("data");
        if (data.length > length) {
            throw r.broke("recv with " + data.length + " bytes for space of " + length);
        }
        System.arraycopy(data, 0, buffer, offset, data.length);
        return data.length;
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        call(request("setblocking").with("fd", fd).with("blocking", blocking));
    }

    @Override
    public void close(int fd) throws ErrnoException {
        call(request("close").with("fd", fd));
    }

    /** A request being built: its fields in the order they are written. */
    private static final class Request {
        final Map<String, Object> fields = new LinkedHashMap<>();

        Request with(String key, Object value) {
            fields.put(key, value);
            return this;
        }
    }

    private Request request(String op) {
        return new Request().with("thread", lanes.current()).with("op", op);
    }

    /** An input name: its bytes up to {@code length} and the length, or null for a null array. */
    private static Request named(Request r, byte[] address, int length) throws ErrnoException {
        if (address != null && length > address.length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "address length " + length + " exceeds the " + address.length + " bytes of the array");
        }
        return r.with("addr", address == null ? null : WireHex.of(address, 0, Math.max(length, 0)))
                .with("len", length);
    }

    /** A value-result name: the length offered, or null for a null buffer. */
    private static Request offered(Request r, SockaddrBuffer buffer) throws ErrnoException {
        if (buffer != null && buffer.length() > buffer.storage().length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "offered address length " + buffer.length() + " exceeds the " + buffer.storage().length
                            + " bytes of the buffer");
        }
        return r.with("offered", buffer == null ? null : buffer.length());
    }

    /**
     * Writes what the driver returned into the caller's buffer: every byte it sent back (up to
     * the array's end — bytes past the offered space are the driver's doing, and judged), and
     * the true size it reported.
     */
    private static void returnedName(Returned r, SockaddrBuffer buffer) {
        if (buffer == null) {
            return;
        }
        byte[] name = r.bytes("addr");
        long length = r.number("len");
        if (length < 0 || length > Integer.MAX_VALUE) {
            throw r.broke("a name length of " + length);
        }
        System.arraycopy(name, 0, buffer.storage(), 0, Math.min(name.length, buffer.storage().length));
        buffer.setLength((int) length);
    }

    private static void requireRange(byte[] buffer, int offset, int length) throws ErrnoException {
        if (buffer == null || offset < 0 || length < 0 || offset > buffer.length - length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "range " + offset + "+" + length + " outside the buffer"
                            + (buffer == null ? " (null)" : " of " + buffer.length));
        }
    }

    private static int descriptor(Returned r, String key) {
        long fd = r.number(key);
        if (fd < 0 || fd > Integer.MAX_VALUE) {
            throw r.broke("a descriptor of " + fd);
        }
        return (int) fd;
    }

    /** A successful answer and the driver that gave it. */
    private record Returned(DriverProcess driver, Answer answer) {
        long number(String key) {
            Object v = answer.fields().get(key);
            if (!(v instanceof Long)) {
                throw broke("without a whole number \"" + key + "\"");
            }
            return (Long) v;
        }

        byte[] bytes(String key) {
            Object v = answer.fields().get(key);
            if (!(v instanceof String)) {
                throw broke("without hex bytes \"" + key + "\"");
            }
            try {
                return WireHex.bytes((String) v);
            } catch (IllegalArgumentException e) {
                throw broke("with \"" + key + "\" not hex bytes (" + e.getMessage() + ")");
            }
        }

        DriverFailure broke(String what) {
            return driver.brokeProtocol(what, answer);
        }
    }

    /**
     * Sends the request and reads the answer: the result, or the errno as an
     * {@link ErrnoException}.
     */
    private Returned call(Request request) throws ErrnoException {
        DriverProcess d = driver();
        Answer a = d.call((Long) request.fields.get("thread"), request.fields);
        Object ok = a.fields().get("ok");
        if (Boolean.TRUE.equals(ok)) {
            return new Returned(d, a);
        }
        Object errno = a.fields().get("errno");
        Object error = a.fields().get("error");
        if (Boolean.FALSE.equals(ok) && errno instanceof String) {
            Object detail = a.fields().get("detail");
            throw new ErrnoException(
                    Errno.ofName((String) errno)
                            .orElseThrow(() -> d.brokeProtocol("an errno the SPI's table does not hold", a)),
                    detail instanceof String ? "driver: " + detail : "driver");
        }
        if (Boolean.FALSE.equals(ok) && error instanceof String) {
            throw d.brokeProtocol("that it could not carry out the request (" + error + ")", a);
        }
        throw d.brokeProtocol("without \"ok\" true, or false with an \"errno\" or an \"error\"", a);
    }

    /** The running driver; a fresh one, with a new handshake, when the last one failed. */
    private synchronized DriverProcess driver() {
        if (driver.failed()) {
            DriverProcess fresh = DriverProcess.start(command, argv);
            hello(fresh);
            driver = fresh;
        }
        return driver;
    }
}
