package dev.rendezvous.tck.checks.rendezvous;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.process.ClientMain;
import dev.rendezvous.tck.process.ServerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * RENDEZVOUS-UNRELATED-PROCESS with the roles the other way round: the server is a JVM of its
 * own, with its own instance of the implementation, bound to a fresh loopback name (port 0) or
 * path and listening; a client of this process connects to the name it reports, bytes cross both
 * ways, and the name the server's accept gave is the one this client sees as its own. The server's
 * answers are read from its standard output alone; its standard error is evidence only.
 */
final class UnrelatedProcessServes extends UnrelatedProcessProperty {
    UnrelatedProcessServes() {
        super("child-jvm-server");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Sockaddr bindTo = c.freshName(family);
        byte[] payload = payload(c);
        Process server =
                startChild(c, ServerMain.class, ClientMain.toHex(bindTo.bytes()), String.valueOf(payload.length));
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pending<String> err = c.inBackground(
                "reading the server process's standard error",
                () -> new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        Duration startup = c.knobs().eventDeadline().multipliedBy(2);
        try {
            String listening = c.inBackground(
                            "reading the server process's LISTENING line", () -> answer(out, ServerMain.LISTENING))
                    .await(startup);
            Expect.that(
                    listening.startsWith(ServerMain.LISTENING),
                    "the server process could not listen at %s: %s%s",
                    bindTo,
                    listening,
                    evidence(server, err));
            Sockaddr name = Case.reachable(
                    Sockaddr.decode(ClientMain.fromHex(listening.substring(ServerMain.LISTENING.length()))),
                    "the server process's getsockname");
            int client = c.socket(family);
            Bounded.connect(c, client, name, "this process's client of the server process");
            Sockaddr own = c.nameOf(client);
            c.sendAll(client, payload);
            byte[] back = c.inBackground(
                            "recv(" + client + ") of the bytes the server process echoes",
                            () -> c.recvExactly(client, payload.length))
                    .await(c.knobs().eventDeadline());
            Expect.sameBytes("the bytes the server process sent back", payload, back);
            String ok = c.inBackground("reading the server process's answer", () -> answer(out, "OK "))
                    .await(c.knobs().eventDeadline());
            Expect.that(
                    ok.startsWith("OK ")
                            && server.waitFor(c.knobs().eventDeadline().toMillis(), TimeUnit.MILLISECONDS),
                    "the server process at %s did not serve this process's client: %s%s",
                    name,
                    ok,
                    evidence(server, err));
            Expect.sameName(
                    "the name the server process's accept gave for this process's client",
                    own,
                    Sockaddr.decode(ClientMain.fromHex(ok.substring(3))));
        } finally {
            server.destroyForcibly();
        }
    }

    /**
     * The next line of the server's standard output that starts with {@code expected} or with
     * {@code ERR }; whatever else its JVM prints is skipped. At the end of its output: what came
     * last, or that nothing came.
     */
    static String answer(BufferedReader out, String expected) throws IOException {
        String last = "(no output)";
        for (String l = out.readLine(); l != null; l = out.readLine()) {
            if (l.startsWith(expected) || l.startsWith("ERR ")) {
                return l.strip();
            }
            last = l.strip();
        }
        return "the output ended: " + last;
    }

    private static String evidence(Process server, Pending<String> err) {
        if (server.isAlive()) {
            return " (still running)";
        }
        String stderr;
        try {
            stderr = err.await(Duration.ofSeconds(1)).strip();
        } catch (Exception e) {
            stderr = "";
        }
        return " (exit " + server.exitValue() + ")" + (stderr.isEmpty() ? "" : "; its standard error: " + stderr);
    }
}
