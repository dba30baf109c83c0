package dev.rendezvous.tck.checks.rendezvous;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Families;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.checks.steps.Bounded;
import dev.rendezvous.tck.process.ClientMain;
import dev.rendezvous.tck.process.ServerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * RENDEZVOUS-UNRELATED-PROCESS with the roles the other way round: the server is a JVM of its
 * own, with its own instance of the implementation, bound in every claimed family to a fresh
 * loopback name (port 0) or path and listening; a client of this process connects to each name it
 * reports in turn, bytes cross both ways, and the name the server's accept gave is the one this
 * client sees as its own. The server's
 * answers are read from its standard output alone; its standard error is evidence only.
 */
final class UnrelatedProcessServes extends UnrelatedProcessProperty {
    UnrelatedProcessServes() {
        super("child-jvm-server");
    }

    @Override
    public void check(Case c) throws Exception {
        List<Integer> families = Families.claimedAmong(families(), c.claimed());
        List<Sockaddr> bindTo = new ArrayList<>();
        List<byte[]> payloads = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (int family : families) {
            Sockaddr name = c.freshName(family);
            byte[] payload = payload(c);
            bindTo.add(name);
            payloads.add(payload);
            args.add(ClientMain.toHex(name.bytes()));
            args.add(String.valueOf(payload.length));
        }
        Process server = startChild(c, ServerMain.class, args.toArray(String[]::new));
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pending<String> err = c.inBackground(
                "reading the server process's standard error",
                () -> new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        Duration startup = c.knobs().eventDeadline().multipliedBy(2);
        try {
            List<Sockaddr> names = new ArrayList<>();
            for (Sockaddr wanted : bindTo) {
                String listening = c.inBackground(
                                "reading the server process's LISTENING line for " + wanted,
                                () -> answer(out, ServerMain.LISTENING))
                        .await(startup);
                Expect.that(
                        listening.startsWith(ServerMain.LISTENING),
                        "the server process could not listen at %s: %s%s",
                        wanted,
                        listening,
                        evidence(server, err));
                names.add(Case.reachable(
                        Sockaddr.decode(ClientMain.fromHex(listening.substring(ServerMain.LISTENING.length()))),
                        "the server process's getsockname"));
            }
            List<Sockaddr> own = new ArrayList<>();
            for (int i = 0; i < families.size(); i++) {
                own.add(exchange(c, families.get(i), names.get(i), payloads.get(i)));
            }
            for (int i = 0; i < families.size(); i++) {
                Sockaddr name = names.get(i);
                String ok = c.inBackground("reading the server process's answer for " + name, () -> answer(out, "OK "))
                        .await(c.knobs().eventDeadline());
                Expect.that(
                        ok.startsWith("OK "),
                        "the server process at %s did not serve this process's client: %s%s",
                        name,
                        ok,
                        evidence(server, err));
                Expect.sameName(
                        "the name the server process's accept at " + name + " gave for this process's client",
                        own.get(i),
                        Sockaddr.decode(ClientMain.fromHex(ok.substring(3))));
            }
            Expect.that(
                    server.waitFor(c.knobs().eventDeadline().toMillis(), TimeUnit.MILLISECONDS),
                    "the server process did not end after serving every client%s",
                    evidence(server, err));
        } finally {
            server.destroyForcibly();
        }
    }

    /** A client of this process connects to {@code name}, sends the payload and reads it back: its own name. */
    private static Sockaddr exchange(Case c, int family, Sockaddr name, byte[] payload) throws Exception {
        int client = c.socket(family);
        Bounded.connect(c, client, name, "this process's client of the server process");
        Sockaddr own = c.nameOf(client);
        c.sendAll(client, payload);
        byte[] back = c.inBackground(
                        "recv(" + client + ") of the bytes the server process echoes",
                        () -> c.recvExactly(client, payload.length))
                .await(c.knobs().eventDeadline());
        Expect.sameBytes("the bytes the server process at " + name + " sent back", payload, back);
        return own;
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
