package dev.rendezvous.tck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Expectations: each broken one is a violation saying what was expected and what happened. */
class ExpectTest {

    @Test
    void aConditionThatDoesNotHoldIsAViolationWithTheFormattedMessage() {
        Expect.that(true, "never %s", "shown");

        assertThatThrownBy(() -> Expect.that(false, "send(%d) returned %d", 3, -1))
                .isInstanceOf(Violation.class)
                .hasMessage("send(3) returned -1");
    }

    @Test
    void anAllowedErrnoIsReturned() {
        Errno got = Expect.errno(
                "connect",
                () -> {
                    throw new ErrnoException(Errno.ENOENT, "no such path");
                },
                Errno.ECONNREFUSED,
                Errno.ENOENT);

        assertThat(got).isEqualTo(Errno.ENOENT);
    }

    @Test
    void anotherErrnoOrSuccessIsAViolation() {
        assertThatThrownBy(() -> Expect.errno(
                        "connect",
                        () -> {
                            throw new ErrnoException(Errno.EINVAL, "bad");
                        },
                        Errno.ECONNREFUSED,
                        Errno.ENOENT))
                .isInstanceOf(Violation.class)
                .hasMessage("connect: expected " + Errno.ECONNREFUSED.describe() + " or " + Errno.ENOENT.describe()
                        + ", got " + Errno.EINVAL.describe());
        assertThatThrownBy(() -> Expect.errno("listen", () -> {}, Errno.EINVAL))
                .isInstanceOf(Violation.class)
                .hasMessage("listen: expected " + Errno.EINVAL.describe() + ", but the call succeeded");
    }

    @Test
    void namesAndBytesMustBeTheSame() throws Exception {
        Sockaddr a = Sockaddr.inet(InetAddress.getByName("127.0.0.1"), 80);
        Sockaddr b = Sockaddr.inet(InetAddress.getByName("127.0.0.1"), 81);
        Expect.sameName("getsockname", a, Sockaddr.inet(InetAddress.getByName("127.0.0.1"), 80));
        Expect.sameBytes("recv", new byte[] {1, 2}, new byte[] {1, 2});

        assertThatThrownBy(() -> Expect.sameName("getsockname", a, b))
                .isInstanceOf(Violation.class)
                .hasMessage("getsockname: expected " + a + ", got " + b);
        assertThatThrownBy(() -> Expect.sameBytes("recv", new byte[] {1, 2}, new byte[] {1, 3}))
                .isInstanceOf(Violation.class)
                .hasMessage("recv: expected [01 02], got [01 03]");
    }

    @Test
    void aFaultNamesTheCallAndWhatItThrew() {
        IllegalStateException thrown = new IllegalStateException("closed");

        assertThat(new ImplementationFault("accept(3)", thrown))
                .hasMessage("the call accept(3) threw java.lang.IllegalStateException: closed;"
                        + " the contract allows only a value or an errno")
                .hasCause(thrown);
        assertThat(new ImplementationFault("accept(3)", new NullPointerException()))
                .hasMessage("the call accept(3) threw java.lang.NullPointerException;"
                        + " the contract allows only a value or an errno");
    }
}
