package dev.rendezvous.tck.process;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Hex;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.loading.StackLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The unrelated process: a client in a JVM of its own. Arguments: the implementation's class,
 * then for each server its name as hex bytes and a payload as hex bytes. With its own instance of
 * the implementation it connects to each server in turn, sends the payload, reads the same number
 * of bytes back, and closes; then it prints one line per server, in order: {@code OK <its own
 * name in hex> <the bytes it read in hex>}; or, on the first failure, {@code ERR <what failed>}.
 * Exit status 0 on OK, 1 otherwise.
 */
public final class ClientMain {
    private ClientMain() {}

    public static void main(String[] args) {
        ParentWatch.start();
        answer(() -> run(args));
    }

    /** What a process of the kit does: its {@code OK} line, or an exception that says what failed. */
    @FunctionalInterface
    interface Work {
        String run() throws ErrnoException;
    }

    /** Prints the work's {@code OK} line and exits 0, or prints {@code ERR <what failed>} and exits 1. */
    static void answer(Work work) {
        try {
            System.out.println(work.run());
            System.exit(0);
        } catch (ErrnoException e) {
            System.out.println("ERR " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println("ERR " + e);
        }
        System.exit(1);
    }

    /**
     * Connects to each server in turn, sends its payload, reads it back and closes: the
     * {@code OK} lines, one per server.
     *
     * @throws ErrnoException when a call of the implementation fails
     * @throws RuntimeException when the arguments are wrong or a connection ends early
     */
    static String run(String[] args) throws ErrnoException {
        if (args.length < 3 || args.length % 2 == 0) {
            throw new IllegalArgumentException(
                    "usage: ClientMain STACK-CLASS NAME-HEX PAYLOAD-HEX [NAME-HEX PAYLOAD-HEX]...");
        }
        SocketStack stack = StackLoader.load(args[0], ClientMain.class.getClassLoader());
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < args.length; i += 2) {
            lines.add(exchange(stack, Sockaddr.decode(fromHex(args[i])), fromHex(args[i + 1])));
        }
        stack.release();
        return String.join(System.lineSeparator(), lines);
    }

    private static String exchange(SocketStack stack, Sockaddr server, byte[] payload) throws ErrnoException {
        int fd = stack.socket(server.family(), SocketType.SOCK_STREAM);
        stack.connect(fd, server.bytes(), server.length());
        SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
        stack.getsockname(fd, own);
        sendAll(stack, fd, payload);
        byte[] back = recvExactly(stack, fd, payload.length);
        stack.close(fd);
        return "OK " + toHex(given(own)) + " " + toHex(back);
    }

    /** Sends all of {@code data} on {@code fd}. */
    static void sendAll(SocketStack stack, int fd, byte[] data) throws ErrnoException {
        int off = 0;
        while (off < data.length) {
            off += stack.send(fd, data, off, data.length - off);
        }
    }

    /** Reads exactly {@code length} bytes from {@code fd}; an early end of the stream is an IllegalStateException. */
    static byte[] recvExactly(SocketStack stack, int fd, int length) throws ErrnoException {
        byte[] back = new byte[length];
        int off = 0;
        while (off < back.length) {
            int n = stack.recv(fd, back, off, back.length - off);
            if (n == 0) {
                throw new IllegalStateException("end of stream after " + off + " bytes");
            }
            off += n;
        }
        return back;
    }

    /** The name a value-result call gave back, as far as the buffer holds it. */
    static byte[] given(SockaddrBuffer b) {
        return Arrays.copyOf(b.storage(), Math.min(b.length(), b.storage().length));
    }

    /** Bytes from hex digits without separators. */
    public static byte[] fromHex(String hex) {
        if (hex.equals("-")) {
            return new byte[0];
        }
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /** Hex digits without separators; "-" for no bytes. */
    public static String toHex(byte[] b) {
        return b.length == 0 ? "-" : Hex.of(b).replace(" ", "");
    }
}
