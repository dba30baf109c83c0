package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ground truth §2: which input lengths bind accepts, and the errno of those it refuses. */
class AddressLengthTest {
    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    /** The loopback name of the family, zero-padded to at least {@code length} bytes. */
    private byte[] padded(int family, int length) throws Exception {
        byte[] name = sockets.loopback(family).bytes();
        return Arrays.copyOf(name, Math.max(name.length, length));
    }

    private Errno bindError(int family, byte[] address, int length) throws Exception {
        int fd = sockets.socket(family);
        ErrnoException e = catchThrowableOfType(ErrnoException.class, () -> sockets.stack.bind(fd, address, length));
        return e == null ? null : e.errno();
    }

    @ParameterizedTest(name = "family {0}, length {1}: {2}")
    @CsvSource({
        "2, 15, EINVAL", "2, 16, OK", "2, 17, OK", "2, 128, OK", "2, 129, EINVAL",
        "10, 23, EINVAL", "10, 24, OK", "10, 27, OK", "10, 28, OK", "10, 129, EINVAL",
        "1, 1, EINVAL", "1, 111, EINVAL",
    })
    void lengthTable(int family, int length, String expected) throws Exception {
        Errno error = bindError(family, padded(family, length), length);

        assertThat(error == null ? "OK" : error.name()).isEqualTo(expected);
    }

    @Test
    void aUnixNameWithoutItsNulAsTheContractCountsItIsAccepted() throws Exception {
        Sockaddr withNul = sockets.loopback(AF_UNIX);
        Sockaddr contractLength = withNul.withLength(withNul.length() - 1);
        int fd = sockets.socket(AF_UNIX);

        assertThatCode(() -> sockets.stack.bind(fd, contractLength.bytes(), contractLength.length()))
                .doesNotThrowAnyException();
        assertThat(sockets.nameOf(fd).unixPath()).isEqualTo(withNul.unixPath());
    }

    /**
     * Linux differs from the ground-truth table here: bind with the family alone (length 2)
     * auto-binds an abstract name; only connect refuses it.
     */
    @Test
    void aUnixNameOfTheFamilyAloneAutoBindsAnAbstractNameOnBindButIsEinvalOnConnect() throws Exception {
        byte[] familyOnly = Sockaddr.unnamedUnix().bytes();
        int bound = sockets.socket(AF_UNIX);
        int connecting = sockets.socket(AF_UNIX);

        sockets.stack.bind(bound, familyOnly, 2);
        ErrnoException refused =
                catchThrowableOfType(ErrnoException.class, () -> sockets.stack.connect(connecting, familyOnly, 2));

        Sockaddr name = sockets.nameOf(bound);
        assertThat(name.isAbstract()).isTrue();
        assertThat(name.length()).isEqualTo(8);
        assertThat(refused.errno()).isEqualTo(Errno.EINVAL);
    }

    @Test
    void aWrongFamilyIsEafnosupportForInternetAndEinvalForUnix() throws Exception {
        byte[] unixName = sockets.loopback(AF_UNIX).bytes();
        byte[] inetName = sockets.loopback(AF_INET).bytes();

        assertThat(bindError(AF_INET, unixName, unixName.length)).isEqualTo(Errno.EAFNOSUPPORT);
        assertThat(bindError(AF_UNIX, inetName, inetName.length)).isEqualTo(Errno.EINVAL);
    }

    @Test
    void aLengthPastTheArrayIsEfaultAndANullNameIsTheKernelsEfault() throws Exception {
        byte[] name = sockets.loopback(AF_INET).bytes();

        assertThat(bindError(AF_INET, name, name.length + 1)).isEqualTo(Errno.EFAULT);
        assertThat(bindError(AF_INET, null, 16)).isEqualTo(Errno.EFAULT);
    }

    @Test
    void connectTakesTheSameLengthsAsBind() throws Exception {
        int listener = sockets.listener(AF_INET, 4);
        byte[] server = Arrays.copyOf(sockets.nameOf(listener).bytes(), 128);
        int shortClient = sockets.socket(AF_INET);
        int longClient = sockets.socket(AF_INET);

        ErrnoException tooShort =
                catchThrowableOfType(ErrnoException.class, () -> sockets.stack.connect(shortClient, server, 15));
        sockets.stack.connect(longClient, server, 128);

        assertThat(tooShort.errno()).isEqualTo(Errno.EINVAL);
        assertThat(sockets.stack.accept(listener, null)).isNotNegative();
    }
}
