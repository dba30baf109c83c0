package dev.rendezvous.tck.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The kit's side of the wire against stand-in drivers that keep or break the protocol. */
class WireSocketStackTest {
    @Test
    void the_handshake_gives_the_name_version_and_features() {
        WireSocketStack s = WireSocketStack.start(StandIn.command("refuse"));
        assertThat(s.name()).isEqualTo("stand-in");
        assertThat(s.version()).isEqualTo("refuse");
        assertThat(s.features()).containsExactlyInAnyOrder(Feature.INET, Feature.INET6, Feature.UNIX);
        assertThat(WireSocketStack.referenceOf(s)).isEqualTo("driver:" + StandIn.command("refuse"));
    }

    @Test
    void a_driver_that_cannot_start_or_answers_hello_wrongly_fails_with_what_happened() {
        assertThatThrownBy(() -> WireSocketStack.start("/nonexistent/driver --flag"))
                .isInstanceOf(DriverFailure.class)
                .hasMessageContaining("cannot start the driver '/nonexistent/driver --flag'");
        assertThatThrownBy(() -> WireSocketStack.start(StandIn.command("hello")))
                .isInstanceOf(DriverFailure.class)
                .hasMessageContaining("hello without a name")
                .hasMessageContaining("\"protocol\": 1");
    }

    @Test
    void a_driver_that_exits_fails_the_call_with_its_exit_status_and_stderr_and_is_started_again() {
        WireSocketStack s = WireSocketStack.start(StandIn.command("exit"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> s.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM))
                    .isInstanceOf(DriverFailure.class)
                    .hasMessageContaining("ended its standard output (exit status 7)")
                    .hasMessageContaining("stand-in: giving up on socket");
        }
    }

    @Test
    void a_line_that_is_not_an_answer_fails_the_call_with_the_line() {
        WireSocketStack garbage = WireSocketStack.start(StandIn.command("garbage"));
        assertThatThrownBy(() -> garbage.listen(3, 1))
                .isInstanceOf(DriverFailure.class)
                .hasMessageContaining("not a message of the protocol")
                .hasMessageContaining("'this is not json'");
        WireSocketStack unknown = WireSocketStack.start(StandIn.command("unknown"));
        assertThatThrownBy(() -> unknown.listen(3, 1))
                .isInstanceOf(DriverFailure.class)
                .hasMessageContaining("an answer to no request in flight (id 999999)");
    }

    @Test
    void an_error_or_an_errno_the_table_does_not_hold_is_a_fault_not_an_errno() {
        WireSocketStack refuse = WireSocketStack.start(StandIn.command("refuse"));
        assertThatThrownBy(() -> refuse.close(3))
                .isInstanceOf(DriverFailure.class)
                .hasMessageContaining("could not carry out the request (no such op here)");
        WireSocketStack errno = WireSocketStack.start(StandIn.command("errno"));
        assertThatThrownBy(() -> errno.close(3))
                .isInstanceOf(DriverFailure.class)
                .hasMessageContaining("an errno the SPI's table does not hold")
                .hasMessageContaining("EWHATEVER");
    }

    @Test
    void lengths_past_a_java_array_are_efault_without_a_request() {
        WireSocketStack s = WireSocketStack.start(StandIn.command("hang"));
        assertThatThrownBy(() -> s.bind(3, new byte[4], 5))
                .isInstanceOfSatisfying(
                        ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EFAULT));
        assertThatThrownBy(() -> s.getsockname(3, new SockaddrBuffer(new byte[4], 5)))
                .isInstanceOfSatisfying(
                        ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EFAULT));
        assertThatThrownBy(() -> s.send(3, new byte[4], 2, 3))
                .isInstanceOfSatisfying(
                        ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EFAULT));
    }

    @Test
    void an_interrupt_of_a_waiting_thread_becomes_an_interrupt_request_and_eintr_clears_the_status() throws Exception {
        WireSocketStack s = WireSocketStack.start(StandIn.command("interrupt"));
        int fd = s.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                outcome.complete(s.accept(fd, null));
            } catch (ErrnoException e) {
                outcome.complete(
                        e.errno() + " interrupted=" + Thread.currentThread().isInterrupted());
            }
        });
        t.start();
        s.listen(fd, 1); // answered while the accept is in flight: calls of two threads at once
        t.interrupt();
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("EINTR interrupted=false");
    }

    @Test
    void answers_are_matched_to_their_requests_by_id_whatever_their_order() throws Exception {
        WireSocketStack s = WireSocketStack.start(StandIn.command("crossed"));
        CompletableFuture<Integer> first = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                first.complete(s.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM));
            } catch (ErrnoException e) {
                first.completeExceptionally(e);
            }
        });
        t.start();
        while (t.getState() != Thread.State.WAITING && !first.isDone()) {
            Thread.onSpinWait();
        }
        int second = s.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(second).isEqualTo(4);
    }
}
