package dev.rendezvous.tck.process;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.loading.StackLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The unrelated process as the server: a JVM of its own. Arguments: the implementation's class,
 * then for each server a name to bind as hex bytes and how many bytes to echo. With its own
 * instance of the implementation it binds each name and listens, printing {@code LISTENING <its
 * name in hex>} for each in order; then, server by server, it accepts one connection, reads that
 * many bytes, sends them back and closes; at the end it prints {@code OK <the client's name accept
 * gave, in hex>} for each in order; or, on the first failure, {@code ERR <what failed>}. Exit
 * status 0 on OK, 1 otherwise.
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
     * Listens at every name, then serves one client at each in turn: the {@code OK} lines, one
     * per server.
     *
     * @throws ErrnoException when a call of the implementation fails
     * @throws RuntimeException when the arguments are wrong or a connection ends early
     */
    static String run(String[] args) throws ErrnoException {
        if (args.length < 3 || args.length % 2 == 0) {
            throw new IllegalArgumentException(
                    "usage: ServerMain STACK-CLASS NAME-HEX ECHO-BYTES [NAME-HEX ECHO-BYTES]...");
        }
        SocketStack stack = StackLoader.load(args[0], ServerMain.class.getClassLoader());
        List<Integer> listeners = new ArrayList<>();
        for (int i = 1; i < args.length; i += 2) {
            Sockaddr name = Sockaddr.decode(ClientMain.fromHex(args[i]));
            int fd = stack.socket(name.family(), SocketType.SOCK_STREAM);
            stack.bind(fd, name.bytes(), name.length());
            stack.listen(fd, 1);
            SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
            stack.getsockname(fd, own);
            System.out.println(LISTENING + ClientMain.toHex(ClientMain.given(own)));
            System.out.flush();
            listeners.add(fd);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < listeners.size(); i++) {
            int fd = listeners.get(i);
            SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
            int accepted = stack.accept(fd, from);
            int echo = Integer.parseInt(args[2 + 2 * i]);
            ClientMain.sendAll(stack, accepted, ClientMain.recvExactly(stack, accepted, echo));
            stack.close(accepted);
            stack.close(fd);
            lines.add("OK " + ClientMain.toHex(ClientMain.given(from)));
        }
        stack.release();
        return String.join(System.lineSeparator(), lines);
    }
}
