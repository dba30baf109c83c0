package dev.rendezvous.drivers;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.wire.WireSocketStack;
import java.net.InetAddress;

/**
 * What a call through the wire costs: the kit's side, the pipe both ways and the driver, measured
 * on a call the stack answers at once ({@code getsockname}) and on a loopback connect, accept and
 * close cycle (five calls). Arguments: the driver's command line, and the calls to time (default
 * 20000). Run by {@code drivers/benchmark}.
 */
public final class WireCallCost {
    private WireCallCost() {}

    public static void main(String[] args) throws Exception {
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        WireSocketStack stack = WireSocketStack.start(args[0]);
        Sockaddr loopback = Sockaddr.inet(InetAddress.getLoopbackAddress(), 0);
        int listener = stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        stack.bind(listener, loopback.bytes(), loopback.length());
        stack.listen(listener, 128);
        SockaddrBuffer name = SockaddrBuffer.ofMaximumSize();
        stack.getsockname(listener, name);
        Sockaddr server = name.name();
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                name.setLength(name.storage().length);
                stack.getsockname(listener, name);
            }
            double perCall = (System.nanoTime() - start) / 1e3 / calls;
            start = System.nanoTime();
            int cycles = calls / 5;
            for (int i = 0; i < cycles; i++) {
                cycle(stack, listener, server);
            }
            double perCycle = (System.nanoTime() - start) / 1e3 / cycles;
            if (round == 1) {
                System.out.printf(
                        "wire: %.1f µs a call (getsockname, %d calls); %.1f µs a connect+accept+close cycle"
                                + " (5 calls, %.1f µs a call)%n",
                        perCall, calls, perCycle, perCycle / 5);
            }
        }
    }

    private static void cycle(WireSocketStack stack, int listener, Sockaddr server) throws ErrnoException {
        int client = stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM);
        stack.connect(client, server.bytes(), server.length());
        int accepted = stack.accept(listener, null);
        stack.close(accepted);
        stack.close(client);
    }
}
