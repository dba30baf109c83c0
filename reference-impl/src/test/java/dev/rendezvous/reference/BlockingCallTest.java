package dev.rendezvous.reference;

import static dev.rendezvous.reference.Calls.assertErrno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "accept normally blocks. That is, accept will not return until a connection is available or
 * the system call is interrupted by a signal to the process." Signals are Thread.interrupt().
 * "Nothing happens" is judged over {@link #QUIET}; what must happen has {@link #LONG}.
 */
class BlockingCallTest extends OnAStack {
    private static final long QUIET = 150;
    private static final long LONG = 10_000;

    private static void assertStillBlocked(Outcome.InThread call) {
        assertThatThrownBy(() -> call.result.get(QUIET, TimeUnit.MILLISECONDS))
                .as("the call is still asleep")
                .isInstanceOf(TimeoutException.class);
    }

    private static Outcome finished(Outcome.InThread call) throws Exception {
        return call.result.get(LONG, TimeUnit.MILLISECONDS);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void acceptSleepsUntilAConnectionArrives(Family f) throws Exception {
        int l = t.listener(f);
        Outcome.InThread accept = new Outcome.InThread("accept", () -> t.track(t.stack.accept(l, null)));
        assertStillBlocked(accept);
        int c = t.client(f, l);
        Outcome o = finished(accept);
        assertThat(o.errno()).isNull();
        assertThat(t.peer(o.value())).isEqualTo(t.name(c));
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void anInterruptedAcceptGivesEintrClearsTheInterruptAndTheListenerStillAccepts(Family f) throws Exception {
        int l = t.listener(f);
        Outcome.InThread accept = new Outcome.InThread("accept", () -> t.track(t.stack.accept(l, null)));
        assertStillBlocked(accept);
        accept.thread.interrupt();
        Outcome o = finished(accept);
        assertThat(o.errno()).isEqualTo(Errno.EINTR);
        assertThat(o.interruptedAfter())
                .as("the signal was delivered: interrupt status cleared")
                .isFalse();

        int c = t.client(f, l);
        Outcome.InThread again = new Outcome.InThread("accept again", () -> t.track(t.stack.accept(l, null)));
        Outcome o2 = finished(again);
        assertThat(o2.errno()).isNull();
        assertThat(t.peer(o2.value())).isEqualTo(t.name(c));
    }

    @Test
    void anInterruptPendingBeforeAcceptSleepsIsDeliveredThere() throws Exception {
        int l = t.listener(Family.INET);
        Outcome.InThread accept = new Outcome.InThread("accept", () -> {
            Thread.currentThread().interrupt();
            return t.stack.accept(l, null);
        });
        Outcome o = finished(accept);
        assertThat(o.errno()).isEqualTo(Errno.EINTR);
        assertThat(o.interruptedAfter()).isFalse();
        // a connection already queued is taken even with an interrupt pending: nothing sleeps
        int c = t.client(Family.INET, l);
        Outcome.InThread take = new Outcome.InThread("accept queued", () -> {
            Thread.currentThread().interrupt();
            return t.track(t.stack.accept(l, null));
        });
        Outcome o2 = finished(take);
        assertThat(o2.errno()).isNull();
        assertThat(o2.interruptedAfter())
                .as("the pending interrupt stays for a call that sleeps")
                .isTrue();
        assertThat(t.peer(o2.value())).isEqualTo(t.name(c));
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void closingTheListenerWakesABlockedAcceptWithEbadf(Family f) throws Exception {
        int l = t.listener(f);
        Outcome.InThread accept = new Outcome.InThread("accept", () -> t.stack.accept(l, null));
        assertStillBlocked(accept);
        t.stack.close(l);
        assertThat(finished(accept).errno()).isEqualTo(Errno.EBADF);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void anInterruptedRecvGivesEintrAndTheConnectionStaysUsable(Family f) throws Exception {
        int[] pair = t.pair(f, t.listener(f));
        byte[] in = new byte[8];
        Outcome.InThread recv = new Outcome.InThread("recv", () -> t.stack.recv(pair[1], in, 0, in.length));
        assertStillBlocked(recv);
        recv.thread.interrupt();
        Outcome o = finished(recv);
        assertThat(o.errno()).isEqualTo(Errno.EINTR);
        assertThat(o.interruptedAfter()).isFalse();

        Outcome.InThread recv2 = new Outcome.InThread("recv again", () -> t.stack.recv(pair[1], in, 0, in.length));
        assertStillBlocked(recv2);
        t.stack.send(pair[0], new byte[] {42}, 0, 1);
        assertThat(finished(recv2).value()).isEqualTo(1);
        assertThat(in[0]).isEqualTo((byte) 42);
    }

    @Test
    void anInterruptedConnectGivesEintrAndTheConnectionGoesOnInTheBackground() throws Exception {
        // a listener whose queue is full drops further SYNs: the connect stays in progress
        int l = t.bound(Family.INET);
        t.stack.listen(l, 0);
        t.client(Family.INET, l);
        t.client(Family.INET, l);
        Sockaddr to = t.name(l);
        int c = t.socket(Family.INET);
        Outcome.InThread connect = new Outcome.InThread("connect", () -> {
            t.stack.connect(c, to.bytes(), to.length());
            return 0;
        });
        assertStillBlocked(connect);
        connect.thread.interrupt();
        Outcome o = finished(connect);
        assertThat(o.errno()).isEqualTo(Errno.EINTR);
        assertThat(o.interruptedAfter()).isFalse();

        t.stack.setBlocking(c, false);
        assertErrno(Errno.EALREADY, () -> t.stack.connect(c, to.bytes(), to.length()));
        t.track(t.stack.accept(l, null));
        t.stack.setBlocking(c, true);
        TestDeadline.run(Duration.ofMillis(LONG), () -> t.stack.connect(c, to.bytes(), to.length()));
        assertErrno(Errno.EISCONN, () -> t.stack.connect(c, to.bytes(), to.length()));
        assertThat(t.peer(c)).isEqualTo(to);
    }
}
