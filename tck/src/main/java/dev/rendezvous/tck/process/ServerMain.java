package dev.rendezvous.tck.process;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.loading.StackLoader;

/**
 * The unrelated process as the server: a JVM of its own. Arguments: the implementation's class,
 * the name to bind as hex bytes, and how many bytes to echo. With its own instance of the
 * implementation it binds the name, listens, and prints {@code LISTENING <its name in hex>};
 * then it accepts one connection, reads that many bytes, sends them back, closes, and prints
 * {@code OK <the client's name accept gave, in hex>}; or {@code ERR <what failed>}. Exit status
 * 0 on OK, 1 otherwise.
 */
public final class ServerMain {
    /** The line that says where the server listens. */
    public static final String LISTENING = "LISTENING ";

    private ServerMain() {}

    public static void main(String[] args) {
        ParentWatch.start();
        ClientMain.answer(() -> run(args));
    }

    /**
     * Serves one client: the {@code OK} line.
     *
     * @throws ErrnoException when a call of the implementation fails
     * @throws RuntimeException when the arguments are wrong or the connection ends early
     */
    static String run(String[] args) throws ErrnoException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ServerMain STACK-CLASS NAME-HEX ECHO-BYTES");
        }
        SocketStack stack = StackLoader.load(args[0], ServerMain.class.getClassLoader());
        Sockaddr name = Sockaddr.decode(ClientMain.fromHex(args[1]));
        int echo = Integer.parseInt(args[2]);
        int fd = stack.socket(name.family(), SocketType.SOCK_STREAM);
        stack.bind(fd, name.bytes(), name.length());
        stack.listen(fd, 1);
        SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
        stack.getsockname(fd, own);
        System.out.println(LISTENING + ClientMain.toHex(ClientMain.given(own)));
        System.out.flush();
        SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
        int accepted = stack.accept(fd, from);
        ClientMain.sendAll(stack, accepted, ClientMain.recvExactly(stack, accepted, echo));
        stack.close(accepted);
        stack.close(fd);
        stack.release();
        return "OK " + ClientMain.toHex(ClientMain.given(from));
    }
}
