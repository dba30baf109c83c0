package dev.rendezvous.tck.lab;

import dev.rendezvous.api.AddressFamily;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A program run inside the lab (by the tests): connects, blocking, to every target of the
 * lab's description at once, and prints one line per target:
 * {@code result NAME MILLIS OUTCOME}, where OUTCOME is {@code connected} or the exception's
 * class and message. First it prints {@code inside true|false}.
 */
public final class LabConnectProbe {
    private static final long DEADLINE_SECONDS = 30;

    private LabConnectProbe() {}

    public static void main(String[] args) throws Exception {
        LabDescription lab = LabDescription.current()
                .orElseThrow(() -> new IllegalStateException("no " + LabDescription.PROPERTY + " property"));
        System.out.println("inside " + lab.insideLab());
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (LabTarget target : lab.targets()) {
            CompletableFuture<String> result = new CompletableFuture<>();
            Thread thread = new Thread(() -> result.complete(connect(target)), "connect-" + target);
            thread.setDaemon(true);
            thread.start();
            results.add(result);
        }
        for (CompletableFuture<String> result : results) {
            System.out.println(result.get(DEADLINE_SECONDS, TimeUnit.SECONDS));
        }
    }

    private static String connect(LabTarget target) {
        StandardProtocolFamily family =
                target.family() == AddressFamily.AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        long start = System.nanoTime();
        String outcome;
        try (SocketChannel channel = SocketChannel.open(family)) {
            channel.connect(target.socketAddress());
            outcome = "connected";
        } catch (IOException e) {
            outcome = e.getClass().getName() + ": " + e.getMessage();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return "result " + target.name() + " " + millis + " " + outcome;
    }
}
