package dev.rendezvous.tck.checks.rendezvous;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.process.ClientMain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * RENDEZVOUS-UNRELATED-PROCESS: a client in a JVM of its own, with its own instance of the
 * implementation, connects to a listener of this process; accept returns its connection, the
 * name accept reports is the one the client sees as its own, and bytes cross both ways (a
 * driver's client is a second driver process, started by that JVM). The
 * client's answer is read from its standard output alone; its standard error is evidence only.
 */
final class UnrelatedProcessConnects extends UnrelatedProcessProperty {
    private static final String OK = "OK ";

    UnrelatedProcessConnects() {
        super("child-jvm-client");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        byte[] payload = payload(c);
        AtomicReference<Sockaddr> acceptedName = new AtomicReference<>();
        Pending<Integer> accepted = c.inBackground("accept(" + server.fd() + ") for the other process", () -> {
            SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
            int fd = c.stack().accept(server.fd(), from);
            byte[] got = c.recvExactly(fd, payload.length);
            c.sendAll(fd, got);
            acceptedName.set(Case.decoded(from, "accept"));
            return fd;
        });
        Process child = start(c, server.name(), payload);
        Pending<String> out = c.inBackground(
                "reading the client process's standard output",
                () -> new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Pending<String> err = c.inBackground(
                "reading the client process's standard error",
                () -> new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Duration wait = c.knobs().eventDeadline().multipliedBy(3);
            if (!child.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Violation("the client process did not finish within " + wait.toMillis() + " ms; accept "
                        + (accepted.isDone() ? "returned" : "has not returned"));
            }
            String line = protocolLine(out.await(c.knobs().eventDeadline()));
            String stderr = err.await(c.knobs().eventDeadline()).strip();
            Expect.that(
                    child.exitValue() == 0 && line.startsWith(OK),
                    "the client process could not rendezvous with the server at %s: %s (exit %d)%s",
                    server.name(),
                    line,
                    child.exitValue(),
                    stderr.isEmpty() ? "" : "; its standard error: " + stderr);
            accepted.await(c.knobs().eventDeadline());
            String[] parts = line.split(" ");
            Sockaddr clientName = Sockaddr.decode(ClientMain.fromHex(parts[1]));
            Expect.sameName("the name accept reported for the other process's client", clientName, acceptedName.get());
            Expect.sameBytes("the bytes the other process read back", payload, ClientMain.fromHex(parts[2]));
        } finally {
            child.destroyForcibly();
        }
    }

    /**
     * The client's one line ({@code OK ...} or {@code ERR ...}) out of its standard output: the
     * last line that starts so, or all of the output when none does. Whatever else the JVM or
     * the implementation prints (a JDK's warning about native access, a library's log line) is
     * not the client's answer.
     */
    static String protocolLine(String stdout) {
        String found = null;
        for (String l : stdout.split("\\R")) {
            if (l.startsWith(OK) || l.startsWith("ERR ")) {
                found = l.strip();
            }
        }
        return found != null ? found : stdout.strip();
    }

    private static Process start(Case c, Sockaddr server, byte[] payload) {
        return startChild(c, ClientMain.class, ClientMain.toHex(server.bytes()), ClientMain.toHex(payload));
    }
}
