package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Descriptors, errno mapping, and how the kit finds the stack. */
class DescriptorTest {
    private final LibcSocketStack stack = new LibcSocketStack();
    private final OpenSockets sockets = new OpenSockets(stack);

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    @Test
    void descriptorsAreTheKernelsAndAClosedNumberIsHandedOutAgain() throws Exception {
        int first = stack.socket(AF_INET, SocketType.SOCK_STREAM);
        stack.close(first);

        int again = sockets.socket(AF_INET);

        assertThat(first).isGreaterThan(2);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aNumberTheStackDoesNotHoldIsEbadfAndNeverReachesTheKernel() throws Exception {
        int fd = stack.socket(AF_INET, SocketType.SOCK_STREAM);
        stack.close(fd);

        ErrnoException twice = catchThrowableOfType(ErrnoException.class, () -> stack.close(fd));
        ErrnoException stdout = catchThrowableOfType(ErrnoException.class, () -> stack.close(1));
        ErrnoException listen = catchThrowableOfType(ErrnoException.class, () -> stack.listen(2, 1));

        assertThat(twice.errno()).isEqualTo(Errno.EBADF);
        assertThat(stdout.errno()).isEqualTo(Errno.EBADF);
        assertThat(listen.errno()).isEqualTo(Errno.EBADF);
    }

    @Test
    void socketPassesTheKernelsErrors() {
        ErrnoException family =
                catchThrowableOfType(ErrnoException.class, () -> stack.socket(99, SocketType.SOCK_STREAM));
        ErrnoException type = catchThrowableOfType(ErrnoException.class, () -> stack.socket(AF_INET, 77));

        assertThat(family.errno()).isEqualTo(Errno.EAFNOSUPPORT);
        assertThat(type.errno()).isEqualTo(Errno.EINVAL);
    }

    @Test
    void getpeernameOnAnUnconnectedSocketIsEnotconn() throws Exception {
        int fd = sockets.socket(AF_INET);

        ErrnoException e = catchThrowableOfType(
                ErrnoException.class, () -> stack.getpeername(fd, dev.rendezvous.api.SockaddrBuffer.ofMaximumSize()));

        assertThat(e.errno()).isEqualTo(Errno.ENOTCONN);
    }

    @Test
    void anErrnoOutsideTheTableIsAnUncheckedExceptionNamingTheNumber() {
        assertThat(LibcSocketStack.failure("bind", 111).errno()).isEqualTo(Errno.ECONNREFUSED);
        assertThat(LibcSocketStack.failure("bind", 30).errno()).isEqualTo(Errno.EROFS);
        assertThatThrownBy(() -> LibcSocketStack.failure("bind", 131))
                .isInstanceOf(UnmappedErrnoException.class)
                .hasMessageContaining("bind")
                .hasMessageContaining("errno 131");
    }

    @Test
    void theServiceEntryFindsTheStackAndItClaimsWhatLibcGives() {
        SocketStack found = ServiceLoader.load(SocketStack.class).findFirst().orElseThrow();

        assertThat(found).isInstanceOf(LibcSocketStack.class);
        assertThat(found.features())
                .containsExactlyInAnyOrder(
                        Feature.INET, Feature.INET6, Feature.UNIX, Feature.NONBLOCKING, Feature.CROSS_PROCESS);
        assertThat(found.name()).isEqualTo("libc");
        assertThat(found.version()).contains("java.lang.foreign");
    }
}
