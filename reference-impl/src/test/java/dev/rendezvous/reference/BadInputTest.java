package dev.rendezvous.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.reference.BadInputFixture.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad arguments through the SPI, drawn at random from a fixed seed (override with
 * {@code -Drendezvous.badinput.seed=N}; the seed is in every failure message): negative,
 * closed and never-opened descriptors, null where no null is allowed, wrong families, short,
 * long and past-the-array lengths, negative offered lengths, huge and negative backlogs, calls
 * in the wrong state. Every call must end in a value or in the errno Linux gives
 * ({@link BadInputOracle}), never in an unchecked exception, and no channel may leak.
 *
 * <p>Every name that reaches the network is a loopback name (or the wildcard, which goes to
 * loopback) and every UNIX-domain path lies in the test's temporary directory: names are made
 * from such names, and only their family field and length are varied (never a length that cuts
 * a path short).
 */
class BadInputTest {
    private static final long DEFAULT_SEED = 0x5EED_2026L;
    private static final int STEPS = 3_000;
    private static final long FD_SLACK = 4;

    @TempDir
    Path dir;

    private SplittableRandom rnd;
    private StackFixture t;
    private int paths;

    /** One call with its arguments, what it may give, and whether it may change its socket. */
    private record Step(String what, Set<Errno> allowed, Calls.Call call, boolean changesState) {}

    @Test
    void everyBadCallEndsInAValueOrTheErrnoLinuxGives() {
        long seed = Long.getLong("rendezvous.badinput.seed", DEFAULT_SEED);
        TestDeadline.run(Duration.ofSeconds(180), () -> run(seed));
    }

    private void run(long seed) throws ErrnoException {
        rnd = new SplittableRandom(seed);
        OpenFiles before = OpenFiles.now();
        t = new StackFixture(dir);
        Set<Family> claimed = BadInputOracle.claimed(t.stack.features());
        Map<Family, BadInputFixture> fixtures = new EnumMap<>(Family.class);
        for (Family f : claimed) {
            fixtures.put(f, new BadInputFixture(f, t));
        }
        List<Family> families = new ArrayList<>(claimed);
        for (int i = 0; i < STEPS; i++) {
            BadInputFixture fx = fixtures.get(families.get(rnd.nextInt(families.size())));
            Role role = rnd.nextInt(4) == 0 ? null : Role.values()[rnd.nextInt(Role.values().length)];
            int fd = role == null ? notADescriptor() : fx.fd(role);
            Step step = step(fx, role, fd, claimed);
            Errno got;
            try {
                got = Calls.outcome(step.call());
            } catch (RuntimeException e) {
                throw new AssertionError(where(seed, i, fx, role, step) + " threw " + e, e);
            }
            if (!step.allowed().contains(got)) {
                fail(where(seed, i, fx, role, step) + " gave " + (got == null ? "OK" : got.describe()) + ", allowed "
                        + BadInputOracle.show(step.allowed()));
            }
            if (step.changesState() && role != null) {
                fx.rebuild();
            }
        }
        for (BadInputFixture fx : fixtures.values()) {
            fx.close();
        }
        assertThat(t.stack.openDescriptors())
                .as("seed %d: descriptors left", seed)
                .isZero();
        OpenFiles after = OpenFiles.now();
        assertThat(after.inProc())
                .as("seed %d: open files before %s after %s", seed, before, after)
                .isLessThanOrEqualTo(before.inProc() + FD_SLACK);
    }

    private static String where(long seed, int i, BadInputFixture fx, Role role, Step step) {
        return "seed " + seed + ", step " + i + ", " + fx.family + " " + (role == null ? "no descriptor" : role) + ": "
                + step.what();
    }

    private int notADescriptor() throws ErrnoException {
        switch (rnd.nextInt(6)) {
            case 0:
                return -1;
            case 1:
                return Integer.MIN_VALUE;
            case 2:
                return rnd.nextInt(3);
            case 3:
                return 1_000_000 + rnd.nextInt(1_000_000);
            case 4:
                return -rnd.nextInt(1, Integer.MAX_VALUE);
            default:
                int closed = t.stack.socket(Family.INET.number, 1);
                t.stack.close(closed);
                return closed;
        }
    }

    private Step step(BadInputFixture fx, Role role, int fd, Set<Family> claimed) {
        Family f = fx.family;
        switch (rnd.nextInt(10)) {
            case 0: {
                int domain = pick(-1, Integer.MIN_VALUE, 0, 1, 2, 10, 3, 45, 46, 99, Integer.MAX_VALUE, rnd.nextInt());
                int type = pick(
                        -1,
                        0,
                        1,
                        2,
                        3,
                        5,
                        10,
                        11,
                        15,
                        1 | NioSocketStack.SOCK_NONBLOCK,
                        1 | NioSocketStack.SOCK_CLOEXEC,
                        1 | 0x40,
                        rnd.nextInt());
                return new Step(
                        "socket(" + domain + ", " + type + ")",
                        BadInputOracle.socket(domain, type, claimed),
                        () -> t.stack.close(t.stack.socket(domain, type)),
                        false);
            }
            case 1: {
                Name n = name(fx, true);
                return new Step(
                        "bind(" + fd + ", " + n + ")",
                        BadInputOracle.bind(f, role, n.bytes, n.length, n.pathExists),
                        () -> t.stack.bind(fd, n.bytes, n.length),
                        true);
            }
            case 2: {
                Name n = name(fx, false);
                return new Step(
                        "connect(" + fd + ", " + n + ")",
                        BadInputOracle.connect(f, role, n.bytes, n.length, n.pathMissing),
                        () -> t.stack.connect(fd, n.bytes, n.length),
                        true);
            }
            case 3: {
                int backlog = pick(Integer.MIN_VALUE, -1, 0, 1, 5, 4096, 4097, Integer.MAX_VALUE, rnd.nextInt());
                return new Step(
                        "listen(" + fd + ", " + backlog + ")",
                        BadInputOracle.listen(f, role),
                        () -> t.stack.listen(fd, backlog),
                        true);
            }
            case 4: {
                SockaddrBuffer b = buffer();
                return new Step(
                        "accept(" + fd + ", " + b + ")",
                        BadInputOracle.accept(role, b),
                        () -> t.stack.close(t.stack.accept(fd, b)),
                        false);
            }
            case 5: {
                SockaddrBuffer b = buffer();
                return new Step(
                        "getsockname(" + fd + ", " + b + ")",
                        BadInputOracle.getsockname(role, b),
                        () -> t.stack.getsockname(fd, b),
                        false);
            }
            case 6: {
                SockaddrBuffer b = buffer();
                return new Step(
                        "getpeername(" + fd + ", " + b + ")",
                        BadInputOracle.getpeername(role, b),
                        () -> t.stack.getpeername(fd, b),
                        false);
            }
            case 7:
            case 8: {
                boolean in = rnd.nextBoolean();
                byte[] buf = rnd.nextInt(6) == 0 ? null : new byte[rnd.nextInt(0, 64)];
                int n = buf == null ? 8 : buf.length;
                int off = pick(-1, 0, 0, 1, n, n + 1, Integer.MIN_VALUE, rnd.nextInt(-2, n + 2));
                int len = pick(-1, 0, 1, n, n + 1, Integer.MAX_VALUE, rnd.nextInt(-2, n + 2));
                String what = (in ? "recv(" : "send(") + fd + ", byte[" + (buf == null ? "null" : buf.length) + "], "
                        + off + ", " + len + ")";
                return new Step(
                        what,
                        BadInputOracle.transfer(f, role, buf, off, len, in),
                        in ? () -> t.stack.recv(fd, buf, off, len) : () -> t.stack.send(fd, buf, off, len),
                        false);
            }
            default: {
                if (role == null && rnd.nextBoolean()) {
                    return new Step(
                            "close(" + fd + ")",
                            BadInputOracle.setBlockingOrClose(null),
                            () -> t.stack.close(fd),
                            false);
                }
                boolean blocking = rnd.nextBoolean();
                return new Step(
                        "setBlocking(" + fd + ", " + blocking + ")",
                        BadInputOracle.setBlockingOrClose(role),
                        () -> t.stack.setBlocking(fd, blocking),
                        true);
            }
        }
    }

    private int pick(int... choices) {
        return choices[rnd.nextInt(choices.length)];
    }

    private SockaddrBuffer buffer() {
        if (rnd.nextInt(7) == 0) {
            return null;
        }
        int cap = pick(0, 1, 2, 16, 28, 110, 128);
        int offered = pick(-1, Integer.MIN_VALUE, 0, 1, cap, cap + 1, rnd.nextInt(-5, 140));
        return new SockaddrBuffer(new byte[cap], offered);
    }

    /** Bytes and a length for bind or connect, and what the oracle must know of its path. */
    private static final class Name {
        byte[] bytes;
        int length;
        boolean pathExists;
        boolean pathMissing;

        @Override
        public String toString() {
            return bytes == null
                    ? "null, " + length
                    : "[" + bytes.length + " bytes, family "
                            + ((bytes.length < 2) ? "-" : ((bytes[0] & 0xFF) | (bytes[1] & 0xFF) << 8)) + "], "
                            + length;
        }
    }

    private Name name(BadInputFixture fx, boolean forBind) {
        Family f = fx.family;
        Name n = new Name();
        Sockaddr base;
        if (f.isUnix()) {
            boolean useRefused = rnd.nextBoolean();
            base = useRefused
                    ? fx.refused
                    : Sockaddr.unix(dir.resolve("p" + (++paths)).toString());
            n.pathExists = useRefused;
            n.pathMissing = !useRefused;
        } else {
            base = forBind ? Sockaddr.inet(f.loopback(), 0) : fx.refused;
        }
        byte[] own = rnd.nextBoolean() ? Arrays.copyOf(base.bytes(), 128) : base.bytes();
        switch (rnd.nextInt(6)) {
            case 0:
                n.bytes = null;
                n.length = pick(0, 0, 1, 16, 28, -1, 129);
                return n;
            case 1:
                n.bytes = new byte[0];
                n.length = pick(0, 1, 16);
                return n;
            case 2: {
                Family other = f == Family.UNIX
                        ? Family.INET
                        : (rnd.nextBoolean() ? Family.UNIX : (f == Family.INET ? Family.INET6 : Family.INET));
                Sockaddr o = other == Family.UNIX
                        ? Sockaddr.unix(dir.resolve("o").toString())
                        : Sockaddr.inet(other.loopback(), 0);
                n.bytes = Arrays.copyOf(o.bytes(), 128);
                n.length = anyLength(n.bytes);
                return n;
            }
            case 3: {
                n.bytes = own;
                int fam = pick(0, 1, 2, 10, rnd.nextInt(0, 65536));
                n.bytes[0] = (byte) fam;
                n.bytes[1] = (byte) (fam >>> 8);
                n.length = f.isUnix() && fam == 1 ? wholePathLength(base, own) : anyLength(own);
                return n;
            }
            default:
                n.bytes = own;
                n.length = f.isUnix() ? wholePathLength(base, own) : anyLength(own);
                return n;
        }
    }

    private int anyLength(byte[] a) {
        return pick(
                -1,
                0,
                1,
                2,
                3,
                15,
                16,
                17,
                23,
                24,
                27,
                28,
                100,
                110,
                111,
                128,
                129,
                a.length,
                a.length + 1,
                rnd.nextInt(-3, 200));
    }

    /** A length that never cuts a UNIX-domain path short: too short for any path, whole, or too long. */
    private int wholePathLength(Sockaddr base, byte[] a) {
        int withoutNul = base.length() - 1;
        return pick(
                -1, 0, 1, 2, withoutNul, base.length(), 110, 111, 128, 129, a.length + 1, rnd.nextInt(withoutNul, 111));
    }
}
