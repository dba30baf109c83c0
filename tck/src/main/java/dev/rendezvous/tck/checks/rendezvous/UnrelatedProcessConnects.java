package dev.rendezvous.tck.checks.rendezvous;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Families;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.process.ClientMain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * RENDEZVOUS-UNRELATED-PROCESS: a client in a JVM of its own, with its own instance of the
 * implementation, connects to a listener of this process in every claimed family, one after the
 * other; accept returns each connection, the name accept reports is the one the client sees as
 * its own, and bytes cross both ways (a driver's client is a second driver process, started by
 * that JVM). The client's answers are read from its standard output alone; its standard error is
 * evidence only.
 */
final class UnrelatedProcessConnects extends UnrelatedProcessProperty {
    private static final String OK = "OK ";

    UnrelatedProcessConnects() {
        super("child-jvm-client");
    }

    /** One listener of this process, the bytes its client sends, and what its accept gave. */
    private record Server(
            Endpoint endpoint, byte[] payload, Pending<Integer> accepted, AtomicReference<Sockaddr> name) {}

    @Override
    public void check(Case c) throws Exception {
        List<Server> servers = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (int family : Families.claimedAmong(families(), c.claimed())) {
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
            servers.add(new Server(server, payload, accepted, acceptedName));
            args.add(ClientMain.toHex(server.name().bytes()));
            args.add(ClientMain.toHex(payload));
        }
        Process child = startChild(c, ClientMain.class, args.toArray(String[]::new));
        Pending<String> out = c.inBackground(
                "reading the client process's standard output",
                () -> new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Pending<String> err = c.inBackground(
                "reading the client process's standard error",
                () -> new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Duration wait = c.knobs().eventDeadline().multipliedBy(3);
            if (!child.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Violation("the client process did not finish within " + wait.toMillis() + " ms; "
                        + servers.stream().filter(s -> s.accepted().isDone()).count() + " of " + servers.size()
                        + " accepts returned");
            }
            String stdout = out.await(c.knobs().eventDeadline());
            List<String> lines = answers(stdout);
            String stderr = err.await(c.knobs().eventDeadline()).strip();
            boolean allOk = lines.size() == servers.size() && lines.stream().allMatch(l -> l.startsWith(OK));
            Expect.that(
                    child.exitValue() == 0 && allOk,
                    "the client process could not rendezvous with the servers at %s: %s (exit %d)%s",
                    servers.stream().map(s -> s.endpoint().name().describe()).toList(),
                    lines.isEmpty() ? stdout.strip() : String.join("; ", lines),
                    child.exitValue(),
                    stderr.isEmpty() ? "" : "; its standard error: " + stderr);
            for (int i = 0; i < servers.size(); i++) {
                Server s = servers.get(i);
                s.accepted().await(c.knobs().eventDeadline());
                String[] parts = lines.get(i).split(" ");
                Sockaddr clientName = Sockaddr.decode(ClientMain.fromHex(parts[1]));
                Expect.sameName(
                        "the name accept reported for the other process's client of "
                                + s.endpoint().name(),
                        clientName,
                        s.name().get());
                Expect.sameBytes(
                        "the bytes the other process read back from "
                                + s.endpoint().name(),
                        s.payload(),
                        ClientMain.fromHex(parts[2]));
            }
        } finally {
            child.destroyForcibly();
        }
    }

    /**
     * The client's answers ({@code OK ...} or {@code ERR ...} lines) out of its standard output, in
     * order. Whatever else the JVM or the implementation prints (a JDK's warning about native
     * access, a library's log line) is not an answer.
     */
    static List<String> answers(String stdout) {
        List<String> found = new ArrayList<>();
        for (String l : stdout.split("\\R")) {
            if (l.startsWith(OK) || l.startsWith("ERR ")) {
                found.add(l.strip());
            }
        }
        return found;
    }
}
