package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_INET6;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ground truth §1, non-blocking: a connect in non-blocking mode to a name where nothing listens
 * gives EINPROGRESS (Internet) or the error at once (UNIX); a later connect reports the error
 * once; the socket is not connected and keeps the name the system bound.
 */
class NonblockingFailureTest {
    private static final int LATER_CONNECTS = 1000;

    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    private Sockaddr refusedName(int family) throws Exception {
        int holder = sockets.socket(family);
        Sockaddr name = sockets.loopback(family);
        sockets.stack.bind(holder, name.bytes(), name.length());
        return sockets.nameOf(holder);
    }

    private Errno connectErrno(int fd, Sockaddr to) {
        ErrnoException e =
                catchThrowableOfType(ErrnoException.class, () -> sockets.stack.connect(fd, to.bytes(), to.length()));
        return e == null ? null : e.errno();
    }

    /** The answers of later connects until one is not EALREADY. */
    private List<Errno> laterConnects(int fd, Sockaddr to) {
        List<Errno> answers = new ArrayList<>();
        for (int i = 0; i < LATER_CONNECTS; i++) {
            Errno e = connectErrno(fd, to);
            answers.add(e);
            if (e != Errno.EALREADY) {
                break;
            }
            Thread.onSpinWait();
        }
        return answers;
    }

    @ParameterizedTest(name = "family {0}")
    @ValueSource(ints = {AF_INET, AF_INET6})
    void anInternetConnectGivesEinprogressThenTheRefusalOnceThenStartsAgain(int family) throws Exception {
        Sockaddr refused = refusedName(family);
        int client = sockets.socket(family);
        sockets.stack.setBlocking(client, false);

        Errno first = connectErrno(client, refused);
        List<Errno> later = laterConnects(client, refused);
        ErrnoException peer = catchThrowableOfType(
                ErrnoException.class, () -> sockets.stack.getpeername(client, SockaddrBuffer.ofMaximumSize()));
        Sockaddr name = sockets.nameOf(client);
        Errno afterTheError = connectErrno(client, refused);
        assertThat(first).isEqualTo(Errno.EINPROGRESS);
        assertThat(later.get(later.size() - 1)).isEqualTo(Errno.ECONNREFUSED);
        assertThat(peer.errno()).isEqualTo(Errno.ENOTCONN);
        assertThat(name.port()).isNotZero();
        assertThat(name.length()).isEqualTo(family == AF_INET ? 16 : 28);
        assertThat(name.toInetSocketAddress().getAddress().isAnyLocalAddress()).isTrue();
        assertThat(afterTheError).isEqualTo(Errno.EINPROGRESS);
    }

    @Test
    void aUnixConnectIsRefusedAtOnce() throws Exception {
        Sockaddr refused = refusedName(AF_UNIX);
        int client = sockets.socket(AF_UNIX);
        sockets.stack.setBlocking(client, false);

        Errno first = connectErrno(client, refused);
        Errno second = connectErrno(client, refused);
        assertThat(first).isEqualTo(Errno.ECONNREFUSED);
        assertThat(second).isEqualTo(Errno.ECONNREFUSED);
        assertThat(sockets.nameOf(client).length()).isEqualTo(2);
    }
}
