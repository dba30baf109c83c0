package dev.rendezvous.tck.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.loading.KitException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The unrelated process's client, run in this JVM: its arguments, its exchange, its one line. */
class ClientMainTest {
    @Test
    void hex_digits_without_separators_and_a_dash_for_no_bytes() {
        assertThat(ClientMain.toHex(new byte[] {0x0a, (byte) 0xff, 0x00})).isEqualTo("0aff00");
        assertThat(ClientMain.toHex(new byte[0])).isEqualTo("-");
        assertThat(ClientMain.fromHex("0aff00")).containsExactly(0x0a, 0xff, 0x00);
        assertThat(ClientMain.fromHex("-")).isEmpty();
        assertThat(ClientMain.fromHex("")).isEmpty();
    }

    @Test
    void it_needs_the_implementation_the_server_s_name_and_the_payload() {
        assertThatThrownBy(() -> ClientMain.run(new String[] {NioSocketStack.class.getName(), "-"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usage: ClientMain STACK-CLASS NAME-HEX PAYLOAD-HEX [NAME-HEX PAYLOAD-HEX]...");
        assertThatThrownBy(() -> ClientMain.run(new String[] {NioSocketStack.class.getName(), "0200", "00", "0200"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientMain.run(new String[] {"com.example.Missing", "0200", "00"}))
                .isInstanceOf(KitException.class);
    }

    @Test
    void it_connects_sends_the_payload_and_reports_its_own_name_and_the_bytes_it_read_back() throws Exception {
        byte[] payload = {1, 2, 3, (byte) 0xfe};
        String line = exchange(payload);

        String[] parts = line.split(" ");
        assertThat(parts).hasSize(3);
        assertThat(parts[0]).isEqualTo("OK");
        assertThat(ClientMain.fromHex(parts[2])).isEqualTo(payload);
        Sockaddr own = Sockaddr.decode(ClientMain.fromHex(parts[1]));
        assertThat(own.toInetSocketAddress().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(own.port()).isEqualTo(lastPeerPort);
        assertThat(closedByClient)
                .as("the client closed its socket after reading back")
                .isTrue();
    }

    @Test
    void it_serves_each_server_in_turn_one_line_each_in_order() throws Exception {
        try (ServerSocket one = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket two = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                for (ServerSocket server : List.of(one, two)) {
                    try (Socket s = server.accept()) {
                        s.setSoTimeout(5000);
                        s.getOutputStream().write(s.getInputStream().readNBytes(1));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            String[] first = args(one, new byte[] {7});
            String[] second = args(two, new byte[] {8});

            String lines = ClientMain.run(new String[] {first[0], first[1], first[2], second[1], second[2]});

            served.get(5, TimeUnit.SECONDS);
            assertThat(lines.split("\\R"))
                    .hasSize(2)
                    .satisfiesExactly(
                            l -> assertThat(l).startsWith("OK ").endsWith(" 07"),
                            l -> assertThat(l).startsWith("OK ").endsWith(" 08"));
        }
    }

    @Test
    void with_no_payload_the_bytes_read_back_are_a_dash() throws Exception {
        String line = exchange(new byte[0]);

        assertThat(line).startsWith("OK ").endsWith(" -");
        assertThat(ClientMain.fromHex(line.split(" ")[2])).isEmpty();
    }

    @Test
    void a_server_that_closes_early_is_an_end_of_stream_after_the_bytes_read() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(5000);
                    s.getInputStream().readNBytes(1);
                    s.getOutputStream().write(9);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> ClientMain.run(args(server, new byte[] {1, 2})))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("end of stream after 1 bytes");
            served.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_server_that_is_not_there_is_the_implementation_s_error() throws Exception {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        String name = ClientMain.toHex(Sockaddr.inet(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .bytes());

        assertThatThrownBy(() -> ClientMain.run(new String[] {NioSocketStack.class.getName(), name, "01"}))
                .isInstanceOf(ErrnoException.class);
    }

    private int lastPeerPort;
    private volatile boolean closedByClient;

    private String exchange(byte[] payload) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(5000);
                    InputStream in = s.getInputStream();
                    s.getOutputStream().write(in.readNBytes(payload.length));
                    closedByClient = in.read() == -1;
                    return s.getPort();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            String line = ClientMain.run(args(server, payload));
            lastPeerPort = served.get(5, TimeUnit.SECONDS);
            return line;
        }
    }

    private static String[] args(ServerSocket server, byte[] payload) {
        Sockaddr name = Sockaddr.inet(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
        return new String[] {NioSocketStack.class.getName(), ClientMain.toHex(name.bytes()), ClientMain.toHex(payload)};
    }
}
