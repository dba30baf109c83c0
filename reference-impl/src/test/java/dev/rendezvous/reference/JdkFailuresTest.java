package dev.rendezvous.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JdkFailuresTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused"), Errno.ECONNREFUSED),
                Arguments.of(new ConnectException("Connection timed out"), Errno.ETIMEDOUT),
                Arguments.of(new ConnectException("Transport endpoint is not connected"), Errno.ENOTCONN),
                Arguments.of(new NoRouteToHostException("No route to host"), Errno.EHOSTUNREACH),
                Arguments.of(new SocketException("Network is unreachable"), Errno.ENETUNREACH),
                Arguments.of(new SocketException("Host is down"), Errno.EHOSTDOWN),
                Arguments.of(new SocketException("Network is down"), Errno.ENETDOWN),
                Arguments.of(new SocketException("Invalid argument"), Errno.EINVAL),
                Arguments.of(new SocketException("Connection reset"), Errno.ECONNRESET),
                Arguments.of(new SocketException("Connection reset by peer"), Errno.ECONNRESET),
                Arguments.of(new SocketException("No such file or directory"), Errno.ENOENT),
                Arguments.of(new SocketException("Resource temporarily unavailable"), Errno.EAGAIN),
                Arguments.of(new SocketException("Unix domain path too long"), Errno.EINVAL),
                Arguments.of(new BindException("Address already in use"), Errno.EADDRINUSE),
                Arguments.of(new BindException("Cannot assign requested address"), Errno.EADDRNOTAVAIL),
                Arguments.of(new BindException("Permission denied"), Errno.EACCES),
                Arguments.of(new ProtocolException("Protocol error"), Errno.EPROTO),
                Arguments.of(new IOException("Broken pipe"), Errno.EPIPE),
                Arguments.of(new IOException("Connection reset by peer"), Errno.ECONNRESET),
                Arguments.of(new IOException("Bad file descriptor"), Errno.EBADF),
                Arguments.of(new IOException("Too many open files"), Errno.EMFILE),
                Arguments.of(new AlreadyConnectedException(), Errno.EISCONN),
                Arguments.of(new ConnectionPendingException(), Errno.EALREADY),
                Arguments.of(new NotYetConnectedException(), Errno.ENOTCONN),
                Arguments.of(new ClosedChannelException(), Errno.EBADF),
                Arguments.of(new AsynchronousCloseException(), Errno.EBADF),
                Arguments.of(new ClosedByInterruptException(), Errno.EINTR),
                Arguments.of(new UnsupportedAddressTypeException(), Errno.EAFNOSUPPORT),
                Arguments.of(new UnresolvedAddressException(), Errno.EINVAL));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void mapsByClassAndMessage(Exception jdk, Errno expected) {
        assertThat(JdkFailures.errnoOf("connect", jdk)).isEqualTo(expected);
        ErrnoException e = JdkFailures.toErrno("connect", jdk);
        assertThat(e.errno()).isEqualTo(expected);
        assertThat(e.getCause()).isSameAs(jdk);
    }

    /** The JDK's own subclass of SocketException for a reset read carries "Connection reset". */
    static final class ResetLikeTheJdk extends SocketException {
        private static final long serialVersionUID = 1L;

        ResetLikeTheJdk() {
            super("Connection reset");
        }
    }

    @Test
    void aSubclassWithoutRowsFallsBackToItsSuperclassRows() {
        assertThat(JdkFailures.errnoOf("recv", new ResetLikeTheJdk())).isEqualTo(Errno.ECONNRESET);
    }

    @Test
    void theMessageDecidesWithinAClass() {
        assertThat(JdkFailures.errnoOf("connect", new ConnectException("Connection refused")))
                .isNotEqualTo(JdkFailures.errnoOf("connect", new ConnectException("Connection timed out")));
    }

    @Test
    void anUnmappedExceptionIsNamedNotGuessed() {
        SocketException unknown = new SocketException("Something new");
        assertThatThrownBy(() -> JdkFailures.errnoOf("accept", unknown))
                .isInstanceOf(UnmappedFailureException.class)
                .hasMessageContaining("accept")
                .hasMessageContaining("java.net.SocketException")
                .hasMessageContaining("Something new")
                .hasCause(unknown);
        assertThatThrownBy(() -> JdkFailures.errnoOf("bind", new BindException("Something new")))
                .isInstanceOf(UnmappedFailureException.class);
        assertThatThrownBy(() -> JdkFailures.errnoOf("bind", new IOException()))
                .isInstanceOf(UnmappedFailureException.class)
                .hasMessageContaining("java.io.IOException");
    }

    @Test
    void anUncheckedExceptionFromOutsideTheChannelsIsNotMapped() {
        IllegalStateException bug = new IllegalStateException("a fault of the implementation");
        assertThatThrownBy(() -> JdkFailures.toErrno("listen", bug)).isSameAs(bug);
    }
}
