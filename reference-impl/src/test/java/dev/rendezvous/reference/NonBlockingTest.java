package dev.rendezvous.reference;

import static dev.rendezvous.reference.Calls.assertErrno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Non-blocking mode: EAGAIN from accept, EINPROGRESS and EALREADY from connect. */
class NonBlockingTest extends OnAStack {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(Family.class)
    void acceptWithNothingQueuedIsEagainAndTheAcceptedSocketBlocks(Family f) throws Exception {
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(f);
            t.stack.setBlocking(l, false);
            assertErrno(Errno.EAGAIN, () -> t.stack.accept(l, null));
            int c = t.client(f, l);
            int a = t.track(t.stack.accept(l, null));
            assertErrno(Errno.EAGAIN, () -> t.stack.accept(l, null));
            // the accepted socket does not inherit the listener's mode
            byte[] in = new byte[4];
            Outcome.InThread recv = new Outcome.InThread("recv", () -> t.stack.recv(a, in, 0, 4));
            assertThatThrownBy(() -> recv.result.get(150, TimeUnit.MILLISECONDS))
                    .isInstanceOf(TimeoutException.class);
            t.stack.send(c, new byte[] {7}, 0, 1);
            assertThat(recv.result.get(5, TimeUnit.SECONDS).value()).isEqualTo(1);
            // a non-blocking recv with nothing to read
            t.stack.setBlocking(a, false);
            assertErrno(Errno.EAGAIN, () -> t.stack.recv(a, in, 0, 4));
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = Family.class,
            names = {"INET", "INET6"})
    void connectIsEinprogressThenCompletesInTheBackground(Family f) throws Exception {
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(f);
            Sockaddr to = t.name(l);
            int c = t.socket(f);
            t.stack.setBlocking(c, false);
            assertErrno(Errno.EINPROGRESS, () -> t.stack.connect(c, to.bytes(), to.length()));
            Sockaddr auto = t.name(c);
            assertThat(auto.port()).as("named while in progress").isPositive();
            // the listener's accept returns once the handshake is done
            int a = t.track(t.stack.accept(l, null));
            assertThat(t.peer(c)).isEqualTo(to);
            assertErrno(Errno.EISCONN, () -> t.stack.connect(c, to.bytes(), to.length()));
            assertThat(t.name(c)).isEqualTo(auto).isEqualTo(t.peer(a));
        });
    }

    @Test
    void connectIsEalreadyWhileInProgressThenEisconn() throws Exception {
        TestDeadline.run(DEADLINE, () -> {
            int l = t.bound(Family.INET);
            t.stack.listen(l, 0);
            t.client(Family.INET, l);
            t.client(Family.INET, l);
            Sockaddr to = t.name(l);
            int c = t.track(t.stack.socket(Family.INET.number, 1 | NioSocketStack.SOCK_NONBLOCK));
            assertErrno(Errno.EINPROGRESS, () -> t.stack.connect(c, to.bytes(), to.length()));
            assertErrno(Errno.EALREADY, () -> t.stack.connect(c, to.bytes(), to.length()));
            assertErrno(Errno.ENOTCONN, () -> t.stack.getpeername(c, SockaddrBuffer.ofMaximumSize()));
            assertErrno(Errno.EAGAIN, () -> t.stack.send(c, new byte[1], 0, 1));
            t.track(t.stack.accept(l, null));
            t.stack.setBlocking(c, true);
            t.stack.connect(c, to.bytes(), to.length());
            assertErrno(Errno.EISCONN, () -> t.stack.connect(c, to.bytes(), to.length()));
        });
    }

    @Test
    void aConnectThatFailsInTheBackgroundReportsItsErrorOnceAndKeepsTheName() throws Exception {
        TestDeadline.run(DEADLINE, () -> {
            Sockaddr refused = t.name(t.bound(Family.INET));
            int c = t.socket(Family.INET);
            t.stack.setBlocking(c, false);
            assertErrno(Errno.EINPROGRESS, () -> t.stack.connect(c, refused.bytes(), refused.length()));
            Sockaddr auto = t.name(c);
            // a blocking connect waits for the outcome
            t.stack.setBlocking(c, true);
            assertErrno(Errno.ECONNREFUSED, () -> t.stack.connect(c, refused.bytes(), refused.length()));
            assertThat(t.name(c)).isEqualTo(auto);

            // reported through recv instead: Linux then gives ECONNABORTED to the next connect
            t.stack.setBlocking(c, false);
            assertErrno(Errno.EINPROGRESS, () -> t.stack.connect(c, refused.bytes(), refused.length()));
            t.stack.setBlocking(c, true);
            assertErrno(Errno.ECONNREFUSED, () -> t.stack.recv(c, new byte[1], 0, 1));
            assertErrno(Errno.ECONNABORTED, () -> t.stack.connect(c, refused.bytes(), refused.length()));
            assertThat(t.name(c)).isEqualTo(auto);
            assertThat(t.stack.lostNames()).isZero();
        });
    }
}
