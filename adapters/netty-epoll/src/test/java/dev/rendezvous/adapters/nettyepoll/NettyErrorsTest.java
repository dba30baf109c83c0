package dev.rendezvous.adapters.nettyepoll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import io.netty.channel.unix.Errors;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.nio.channels.AlreadyConnectedException;
import org.junit.jupiter.api.Test;

/** How the library's exceptions read back as errnos. */
class NettyErrorsTest {

    @Test
    void aNativeIoExceptionKeepsItsErrno() {
        assertThat(NettyErrors.toErrno("bind", new Errors.NativeIoException("bind", -98))
                        .errno())
                .isEqualTo(Errno.EADDRINUSE);
    }

    @Test
    void aConnectExceptionIsReadByTheNumberInItsMessageElseByItsText() {
        assertThat(NettyErrors.toErrno(
                                "connect",
                                new ConnectException("connect(..) failed with error(-110): Connection timed out"))
                        .errno())
                .isEqualTo(Errno.ETIMEDOUT);
        assertThat(NettyErrors.byMessage("connect(..) failed: Network is down")).contains(Errno.ENETDOWN);
    }

    @Test
    void exceptionsWithoutANumberMapByClass() {
        assertThat(NettyErrors.toErrno("connect", new NoRouteToHostException()).errno())
                .isEqualTo(Errno.EHOSTUNREACH);
        assertThat(NettyErrors.toErrno("connect", new AlreadyConnectedException())
                        .errno())
                .isEqualTo(Errno.EISCONN);
    }

    @Test
    void aFailureThatNamesNoErrnoIsAnUncheckedExceptionNamingIt() {
        assertThatThrownBy(() -> NettyErrors.toErrno("connect", new ConnectException("odd")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("connect")
                .hasMessageContaining("odd");
    }
}
