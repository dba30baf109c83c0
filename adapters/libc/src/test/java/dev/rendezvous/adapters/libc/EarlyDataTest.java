package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_INET6;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ground truth for "data transfer may begin": bytes a client sends right after connect, before
 * the server accepts, are there after accept; a client that closed before accept is still
 * accepted, its bytes readable, then the end of the stream.
 */
class EarlyDataTest {
    private static final byte[] BYTES = "sent before accept".getBytes(StandardCharsets.US_ASCII);

    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    @ParameterizedTest(name = "family {0}")
    @ValueSource(ints = {AF_INET, AF_INET6, AF_UNIX})
    void aClientThatSentAndClosedBeforeAcceptIsAcceptedWithItsBytesThenTheEnd(int family) throws Exception {
        int listener = sockets.listener(family, 1);
        int client = sockets.connectedClient(listener, family);
        assertThat(sockets.stack.send(client, BYTES, 0, BYTES.length)).isEqualTo(BYTES.length);
        sockets.stack.close(client);

        int accepted = sockets.track(sockets.stack.accept(listener, null));
        byte[] got = new byte[BYTES.length + 8];
        int n = 0;
        while (n < BYTES.length) {
            int r = sockets.stack.recv(accepted, got, n, got.length - n);
            assertThat(r).isPositive();
            n += r;
        }
        int end = sockets.stack.recv(accepted, got, 0, got.length);

        assertThat(Arrays.copyOf(got, BYTES.length)).isEqualTo(BYTES);
        assertThat(end).isZero();
    }
}
