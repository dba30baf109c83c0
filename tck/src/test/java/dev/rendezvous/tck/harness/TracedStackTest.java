package dev.rendezvous.tck.harness;

import static dev.rendezvous.tck.harness.Fixtures.blockUntilInterrupted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.check.ImplementationFault;
import dev.rendezvous.tck.check.Trace;
import dev.rendezvous.tck.check.TracedStack;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TracedStackTest {
    private final ScriptedStack target = new ScriptedStack();
    private final Trace trace = new Trace();
    private final TracedStack stack = new TracedStack(target, trace);

    @Test
    void every_call_is_written_with_its_arguments_and_result() throws Exception {
        Sockaddr name = Sockaddr.unix("/s");
        int fd = stack.socket(AddressFamily.AF_UNIX, SocketType.SOCK_STREAM);
        stack.bind(fd, name.bytes(), name.length());
        stack.listen(fd, 5);
        int client = stack.socket(AddressFamily.AF_UNIX, SocketType.SOCK_STREAM);
        stack.connect(client, name.bytes(), name.length());
        int conn = stack.accept(fd, new SockaddrBuffer(16));
        stack.getsockname(conn, new SockaddrBuffer(16));
        stack.getpeername(conn, new SockaddrBuffer(16));
        assertThat(stack.send(client, new byte[8], 2, 6)).isEqualTo(6);
        assertThat(stack.recv(conn, new byte[8], 0, 8)).isEqualTo(8);
        stack.setBlocking(conn, false);
        stack.setBlocking(conn, true);
        stack.close(conn);

        String peer = " len=12 name=AF_UNIX \"/tmp/peer\" [01 00 2f 74 6d 70 2f 70 65 65 72 00]";
        assertThat(trace.lines())
                .containsExactly(
                        "socket(AF_UNIX, SOCK_STREAM) = 3",
                        "bind(3, {AF_UNIX \"/s\" [01 00 2f 73 00]}, 5) = 0",
                        "listen(3, 5) = 0",
                        "socket(AF_UNIX, SOCK_STREAM) = 4",
                        "connect(4, {AF_UNIX \"/s\" [01 00 2f 73 00]}, 5) = 0",
                        "accept(3, buf[16], &len=16) = 5" + peer,
                        "getsockname(5, buf[16], &len=16) = 0" + peer,
                        "getpeername(5, buf[16], &len=16) = 0" + peer,
                        "send(4, 6 bytes) = 6",
                        "recv(5, space 8) = 8",
                        "fcntl(5, F_SETFL, O_NONBLOCK) = 0",
                        "fcntl(5, F_SETFL, 0) = 0",
                        "close(5) = 0");
        assertThat(target.calls())
                .containsExactly(
                        "socket",
                        "bind",
                        "listen",
                        "socket",
                        "connect",
                        "accept",
                        "getsockname",
                        "getpeername",
                        "send",
                        "recv",
                        "setBlocking",
                        "setBlocking",
                        "close");
        assertThat(conn).isEqualTo(5);
        assertThat(client).isEqualTo(4);
    }

    @Test
    void an_errno_is_written_by_name_and_number_and_thrown_as_it_is() {
        ErrnoException refused = new ErrnoException(Errno.ECONNREFUSED);
        target.on("connect", () -> {
            throw refused;
        });

        assertThatThrownBy(() -> stack.connect(3, null, 0)).isSameAs(refused);
        assertThat(trace.lines()).containsExactly("connect(3, NULL, 0) -> ECONNREFUSED (111)");
    }

    @Test
    void anything_else_thrown_becomes_an_implementation_fault_naming_the_call() {
        IllegalStateException bug = new IllegalStateException("selector closed");
        target.on("listen", () -> {
            throw bug;
        });

        assertThatThrownBy(() -> stack.listen(7, 1))
                .isInstanceOf(ImplementationFault.class)
                .hasCause(bug)
                .hasMessageStartingWith("the call listen(7, 1) threw java.lang.IllegalStateException: selector closed");
        assertThat(trace.lines())
                .containsExactly("listen(7, 1) -> threw java.lang.IllegalStateException: selector closed");
    }

    @Test
    void an_error_thrown_is_an_implementation_fault_too_and_a_missing_message_is_left_out() {
        target.on("recv", () -> {
            throw new StackOverflowError();
        });

        assertThatThrownBy(() -> stack.recv(3, new byte[1], 0, 1))
                .isInstanceOf(ImplementationFault.class)
                .hasCauseInstanceOf(StackOverflowError.class);
        assertThat(trace.lines()).containsExactly("recv(3, space 1) -> threw java.lang.StackOverflowError");
    }

    @Test
    void an_implementation_fault_from_below_is_passed_on_as_it_is() {
        ImplementationFault fault = new ImplementationFault("inner()", new RuntimeException());
        target.on("send", () -> {
            throw fault;
        });

        assertThatThrownBy(() -> stack.send(3, new byte[1], 0, 1)).isSameAs(fault);
    }

    @Test
    void descriptors_opened_by_socket_and_accept_are_tracked_until_closed() throws Exception {
        int listener = stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        int conn = stack.accept(listener, null);
        int other = stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);

        assertThat(stack.openDescriptors()).containsExactly(listener, conn, other);

        stack.close(conn);

        assertThat(stack.openDescriptors()).containsExactly(listener, other);
    }

    @Test
    void a_descriptor_counts_as_closed_even_when_close_fails() throws Exception {
        int fd = stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        target.on("close", () -> {
            throw new ErrnoException(Errno.EBADF);
        });

        assertThatThrownBy(() -> stack.close(fd)).isInstanceOf(ErrnoException.class);
        assertThat(stack.openDescriptors()).isEmpty();
        assertThat(trace.lines()).endsWith("close(3) -> EBADF (9)");
    }

    @Test
    void a_socket_call_that_fails_opens_nothing() {
        target.on("socket", () -> {
            throw new ErrnoException(Errno.EAFNOSUPPORT);
        });

        assertThatThrownBy(() -> stack.socket(99, SocketType.SOCK_STREAM)).isInstanceOf(ErrnoException.class);
        assertThat(stack.openDescriptors()).isEmpty();
    }

    @Test
    void the_open_descriptors_are_a_copy() throws Exception {
        stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        stack.openDescriptors().clear();

        assertThat(stack.openDescriptors()).containsExactly(3);
    }

    @Test
    void a_call_that_has_not_returned_is_known_with_its_thread_and_start() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        target.on("accept", () -> {
            entered.countDown();
            blockUntilInterrupted(interrupted);
        });
        long before = System.nanoTime();
        Thread caller = new Thread(() -> {
            try {
                stack.accept(3, null);
            } catch (ErrnoException e) {
                throw new AssertionError(e);
            }
        });
        caller.setDaemon(true);
        caller.start();
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(stack.callsInProgress()).singleElement().satisfies(c -> {
            assertThat(c.thread()).isSameAs(caller);
            assertThat(c.call()).isEqualTo("accept(3, NULL, NULL)");
            assertThat(c.startNanos()).isBetween(before, System.nanoTime());
        });

        caller.interrupt();
        caller.join(5_000);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stack.callsInProgress()).isEmpty();
    }

    @Test
    void a_call_that_failed_is_no_longer_in_progress() {
        target.on("listen", () -> {
            throw new ErrnoException(Errno.EINVAL);
        });

        assertThatThrownBy(() -> stack.listen(3, 0)).isInstanceOf(ErrnoException.class);
        assertThat(stack.callsInProgress()).isEmpty();
    }

    @Test
    void the_implementation_describes_itself_through_the_traced_stack() {
        assertThat(stack.target()).isSameAs(target);
        assertThat(stack.name()).isEqualTo("scripted");
        assertThat(stack.version()).isEqualTo("0.1");
        assertThat(stack.features()).isEqualTo(Set.of(Feature.INET, Feature.UNIX));
        assertThat(trace.lines()).isEmpty();
    }
}
