package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What Linux does at the edges the kit's clauses reach since 0.2.0 (ground truth §5 and §2,
 * re-measured): UNIX-domain paths of 108 bytes and one byte more, offered lengths of 2,000, and
 * the client of an accept that failed on a negative length.
 */
class EdgesTest {
    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    /** A fresh path of exactly {@code bytes} bytes in the test's directory. */
    private String pathOf(int bytes) throws Exception {
        String base = sockets.freshPath() + "-";
        return base + "x".repeat(bytes - base.length());
    }

    @Test
    void aPathOf108BytesBindsAndItsNameIs111BytesLong() throws Exception {
        String path = pathOf(108);
        Sockaddr name = Sockaddr.unix(path);
        int server = sockets.socket(AF_UNIX);
        sockets.stack.bind(server, name.bytes(), Sockaddr.SIZEOF_SOCKADDR_UN);
        sockets.stack.listen(server, 1);

        SockaddrBuffer sizeof = new SockaddrBuffer(new byte[Sockaddr.SIZEOF_SOCKADDR_UN], Sockaddr.SIZEOF_SOCKADDR_UN);
        sockets.stack.getsockname(server, sizeof);
        SockaddrBuffer largest = SockaddrBuffer.ofMaximumSize();
        sockets.stack.getsockname(server, largest);

        assertThat(sizeof.length()).as("sizeof(struct sockaddr_un) offered").isEqualTo(111);
        assertThat(sizeof.storage()).isEqualTo(Arrays.copyOf(name.bytes(), 110));
        assertThat(largest.name()).isEqualTo(name);
    }

    @Test
    void aClientBoundTo108BytesIsAcceptedWithFromlen111AndConnectsWithLength110() throws Exception {
        int listener = sockets.listener(AF_UNIX, 1);
        Sockaddr server = sockets.nameOf(listener);
        Sockaddr own = Sockaddr.unix(pathOf(108));
        int client = sockets.socket(AF_UNIX);
        sockets.stack.bind(client, own.bytes(), Sockaddr.SIZEOF_SOCKADDR_UN);
        sockets.stack.connect(client, server.bytes(), server.length());
        SockaddrBuffer from = new SockaddrBuffer(new byte[Sockaddr.SIZEOF_SOCKADDR_UN], Sockaddr.SIZEOF_SOCKADDR_UN);
        sockets.track(sockets.stack.accept(listener, from));

        Sockaddr longServer = Sockaddr.unix(pathOf(108));
        int second = sockets.socket(AF_UNIX);
        sockets.stack.bind(second, longServer.bytes(), Sockaddr.SIZEOF_SOCKADDR_UN);
        sockets.stack.listen(second, 1);
        int third = sockets.socket(AF_UNIX);
        sockets.stack.connect(third, longServer.bytes(), Sockaddr.SIZEOF_SOCKADDR_UN);

        assertThat(from.length()).isEqualTo(111);
        assertThat(from.storage()).isEqualTo(Arrays.copyOf(own.bytes(), 110));
        assertThat(sockets.peerOf(third)).isEqualTo(longServer);
    }

    @Test
    void aNamePastSizeofIsEinvalForBindAndConnectAndNothingIsBound() throws Exception {
        String tooLong = pathOf(109);
        byte[] bytes = Sockaddr.unix(pathOf(100)).withLength(111).bytes();
        byte[] pathBytes = tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] longName = new byte[111];
        longName[0] = AF_UNIX;
        System.arraycopy(pathBytes, 0, longName, 2, 109);
        int listener = sockets.listener(AF_UNIX, 1);
        byte[] padded = Arrays.copyOf(sockets.nameOf(listener).bytes(), 111);
        int s = sockets.socket(AF_UNIX);

        ErrnoException bind = catchThrowableOfType(ErrnoException.class, () -> sockets.stack.bind(s, longName, 111));
        ErrnoException bindNul = catchThrowableOfType(ErrnoException.class, () -> sockets.stack.bind(s, bytes, 111));
        ErrnoException connect =
                catchThrowableOfType(ErrnoException.class, () -> sockets.stack.connect(s, padded, 111));

        assertThat(bind.errno()).isEqualTo(Errno.EINVAL);
        assertThat(bindNul.errno()).isEqualTo(Errno.EINVAL);
        assertThat(connect.errno()).isEqualTo(Errno.EINVAL);
        assertThat(sockets.nameOf(s).isUnnamed()).isTrue();
        assertThat(Files.exists(Path.of(tooLong.substring(0, 108)))).isFalse();
    }

    @Test
    void anOfferedLengthOf2000IsTakenAndGivesTheTrueSize() throws Exception {
        int listener = sockets.listener(AF_INET, 1);
        int client = sockets.connectedClient(listener, AF_INET);
        SockaddrBuffer from = new SockaddrBuffer(new byte[2000], 2000);
        int accepted = sockets.track(sockets.stack.accept(listener, from));
        SockaddrBuffer own = new SockaddrBuffer(new byte[2000], 2000);
        sockets.stack.getsockname(client, own);
        SockaddrBuffer peer = new SockaddrBuffer(new byte[2000], 2000);
        sockets.stack.getpeername(accepted, peer);

        assertThat(from.length()).isEqualTo(16);
        assertThat(own.length()).isEqualTo(16);
        assertThat(peer.name()).isEqualTo(from.name()).isEqualTo(own.name());
    }

    @Test
    void theClientOfAnAcceptThatFailedOnANegativeLengthReadsTheEndOfTheStream() throws Exception {
        int listener = sockets.listener(AF_INET, 1);
        int client = sockets.connectedClient(listener, AF_INET);

        ErrnoException negative = catchThrowableOfType(
                ErrnoException.class, () -> sockets.stack.accept(listener, new SockaddrBuffer(new byte[16], -1)));
        int read = sockets.stack.recv(client, new byte[1], 0, 1);

        assertThat(negative.errno()).isEqualTo(Errno.EINVAL);
        assertThat(read).as("end of the stream").isZero();
    }
}
