package dev.rendezvous.reference;

import static dev.rendezvous.reference.Calls.assertErrno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "If the client process's socket is unbound at the time of the connect call, the system will
 * automatically select and bind a name to the socket if necessary." "An error is returned if
 * the connection was unsuccessful (however, any name automatically bound by the system
 * remains)."
 */
class NameRemainsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private StackFixture t;
    private final Logger log = Logger.getLogger(NioSocketStack.class.getName());
    private final Captured captured = new Captured();
    private boolean parents;

    @BeforeEach
    void open() {
        t = new StackFixture(dir);
        parents = log.getUseParentHandlers();
        log.addHandler(captured);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void closeAll() {
        log.removeHandler(captured);
        log.setUseParentHandlers(parents);
        t.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = Family.class,
            names = {"INET", "INET6"})
    void anAutomaticNameRemainsAfterAFailedConnectAndIsUsedNextTime(Family f) throws Exception {
        assumeThat(t.stack.features()).contains(f.feature);
        TestDeadline.run(DEADLINE, () -> {
            Sockaddr refused = t.name(t.bound(f));
            int c = t.socket(f);
            assertErrno(Errno.ECONNREFUSED, () -> t.stack.connect(c, refused.bytes(), refused.length()));
            Sockaddr auto = t.name(c);
            assertThat(auto.family()).isEqualTo(f.number);
            assertThat(auto.port()).isPositive();
            assertThat(auto.toInetSocketAddress().getAddress()).isEqualTo(f.loopback());
            assertThat(t.stack.nameLost(c)).isFalse();

            assertErrno(Errno.ECONNREFUSED, () -> t.stack.connect(c, refused.bytes(), refused.length()));
            assertThat(t.name(c)).as("the same name after a second failure").isEqualTo(auto);
            Sockaddr fresh = t.freshName(f);
            assertErrno(Errno.EINVAL, () -> t.stack.bind(c, fresh.bytes(), fresh.length()));
            // the port is held: nobody else can bind it
            int other = t.socket(f);
            assertErrno(Errno.EADDRINUSE, () -> t.stack.bind(other, auto.bytes(), auto.length()));

            int l = t.listener(f);
            Sockaddr to = t.name(l);
            t.stack.connect(c, to.bytes(), to.length());
            int a = t.track(t.stack.accept(l, null));
            assertThat(t.name(c)).isEqualTo(auto);
            assertThat(t.peer(a)).isEqualTo(auto);
            assertThat(t.stack.lostNames()).isZero();
        });
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void anExplicitNameRemainsAfterAFailedConnect(Family f) throws Exception {
        assumeThat(t.stack.features()).contains(f.feature);
        TestDeadline.run(DEADLINE, () -> {
            Sockaddr refused = t.name(t.bound(f));
            int c = t.bound(f);
            Sockaddr mine = t.name(c);
            assertErrno(Errno.ECONNREFUSED, () -> t.stack.connect(c, refused.bytes(), refused.length()));
            assertThat(t.name(c)).isEqualTo(mine);
            int other = t.socket(f);
            assertErrno(Errno.EADDRINUSE, () -> t.stack.bind(other, mine.bytes(), mine.length()));
            int l = t.listener(f);
            Sockaddr to = t.name(l);
            t.stack.connect(c, to.bytes(), to.length());
            int a = t.track(t.stack.accept(l, null));
            assertThat(t.peer(a)).isEqualTo(mine);
            assertThat(t.stack.lostNames()).isZero();
        });
    }

    @Test
    void aUnixSocketGetsNoAutomaticName() throws Exception {
        assumeThat(t.stack.features()).contains(Family.UNIX.feature);
        Sockaddr refused = t.name(t.bound(Family.UNIX));
        int c = t.socket(Family.UNIX);
        assertErrno(Errno.ECONNREFUSED, () -> t.stack.connect(c, refused.bytes(), refused.length()));
        assertThat(t.name(c)).isEqualTo(Sockaddr.unnamedUnix());
        Sockaddr later = t.freshName(Family.UNIX);
        t.stack.bind(c, later.bytes(), later.length());
        assertThat(t.name(c)).isEqualTo(later);
    }

    /** Collects what the stack logs, instead of printing it. */
    private static final class Captured extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void aNameTakenWhileItIsReboundIsReportedNotHidden() throws Exception {
        assumeThat(t.stack.features()).contains(Family.UNIX.feature);
        Sockaddr refused = t.name(t.bound(Family.UNIX));
        int c = t.bound(Family.UNIX);
        Sockaddr mine = t.name(c);
        // another socket takes the path while c still believes it holds it
        Files.delete(Path.of(mine.unixPath()));
        int thief = t.bound(Family.UNIX);
        Sockaddr thiefName = t.name(thief);
        t.stack.close(thief);
        int intruder = t.socket(Family.UNIX);
        t.stack.bind(intruder, mine.bytes(), mine.length());
        assertThat(thiefName).isNotEqualTo(mine);

        assertErrno(Errno.ECONNREFUSED, () -> t.stack.connect(c, refused.bytes(), refused.length()));
        assertThat(t.name(c)).as("getsockname still reports the name").isEqualTo(mine);
        assertThat(t.stack.nameLost(c)).as("marked lost").isTrue();
        assertThat(t.stack.lostNames()).as("counted").isEqualTo(1);
        assertThat(captured.records).as("logged").singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).contains(mine.unixPath()).contains("getsockname still reports it");
        });
        // the intruder's file is left alone
        assertThat(t.name(intruder)).isEqualTo(mine);
        assertThat(Files.exists(Path.of(mine.unixPath()))).isTrue();
        // while the name stays taken, connect says so
        assertErrno(Errno.EADDRINUSE, () -> t.stack.connect(c, refused.bytes(), refused.length()));
        assertThat(t.stack.lostNames()).as("one name, counted once").isEqualTo(1);
        assertThat(captured.records).as("logged once").hasSize(1);
        // once the name is free again, the socket takes it back
        t.stack.close(intruder);
        Files.delete(Path.of(mine.unixPath()));
        assertErrno(Errno.ECONNREFUSED, () -> t.stack.connect(c, refused.bytes(), refused.length()));
        assertThat(t.stack.nameLost(c)).isFalse();
        assertThat(t.name(c)).isEqualTo(mine);
    }

    @Test
    void theKeeperReportsAnInternetPortTakenInTheWindow() throws Exception {
        NameKeeper keeper = new NameKeeper();
        try (SocketChannel holder = SocketChannel.open(StandardProtocolFamily.INET)) {
            holder.bind(new InetSocketAddress(Family.INET.loopback(), 0));
            InetSocketAddress taken = (InetSocketAddress) holder.getLocalAddress();
            SocketChannel again = keeper.retake(InetDomain.V4, taken, null, false, false);
            assertThat(again).isNull();
            assertThat(keeper.lostCount()).isEqualTo(1);
            assertThat(captured.records)
                    .singleElement()
                    .satisfies(r -> assertThat(r.getMessage()).contains("127.0.0.1:" + taken.getPort()));
        }
    }
}
