package dev.rendezvous.tck.wire;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One running driver: its standard input takes requests, one line each; a reader thread matches
 * the answers on its standard output to the requests by {@code id}, so that several threads can
 * have calls in flight. When the driver ends or writes a line that is not an answer, every call
 * in flight fails with a {@link DriverFailure} holding the evidence, and so does every later
 * call on this process.
 */
final class DriverProcess {
    /** How long the driver has to answer {@code hello}: long enough for {@code ssh host ./driver}. */
    static final long HELLO_MILLIS = 30_000;

    private final String command;
    private final Process process;
    private final Writer requests;
    private final StderrTail stderr;
    private final Map<Long, CompletableFuture<Answer>> pending = new ConcurrentHashMap<>();
    /** The lines of the requests in {@link #pending}, as written: evidence when the driver hangs. */
    private final Map<Long, String> unanswered = new ConcurrentHashMap<>();

    private final AtomicLong ids = new AtomicLong();
    private volatile DriverFailure failure;

    private DriverProcess(String command, Process process) {
        this.command = command;
        this.process = process;
        this.requests =
                new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 14);
        this.stderr = new StderrTail(process.getErrorStream(), "rendezvous-driver-stderr-" + process.pid());
        Thread reader = new Thread(this::readAnswers, "rendezvous-driver-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the driver from its argument vector.
     *
     * @throws DriverFailure when it cannot be started
     */
    static DriverProcess start(String command, List<String> argv) {
        try {
            return new DriverProcess(command, new ProcessBuilder(argv).start());
        } catch (IOException e) {
            throw new DriverFailure("cannot start the driver '" + command + "': " + e.getMessage());
        }
    }

    /** Whether the driver has failed (ended, or broke the protocol). */
    boolean failed() {
        return failure != null;
    }

    /**
     * Sends {@code hello} and waits for the answer.
     *
     * @throws DriverFailure when the driver ends, hangs or answers something else
     */
    Answer hello(int protocol) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("op", "hello");
        request.put("protocol", protocol);
        CompletableFuture<Answer> answer = send(request);
        try {
            return answer.get(HELLO_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fail("did not answer hello within " + HELLO_MILLIS + " ms");
            return answer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new DriverFailure("interrupted while waiting for the hello of the driver '" + command + "'");
        } catch (ExecutionException e) {
            throw (DriverFailure) e.getCause();
        }
    }

    /**
     * Sends one request of {@code thread} and waits for its answer. An interrupt of the calling
     * thread while it waits is sent on as an {@code interrupt} request for {@code thread} (so is
     * one pending when the call starts); the thread's interrupt status is clear on return when
     * the call failed with EINTR, and set again otherwise.
     *
     * @throws DriverFailure when the driver ends or breaks the protocol before it answers
     */
    Answer call(long thread, Map<String, Object> request) {
        boolean interrupted = Thread.interrupted();
        CompletableFuture<Answer> answer = send(request);
        if (interrupted) {
            interrupt(thread);
        }
        while (true) {
            try {
                Answer a = answer.get();
                if (interrupted && !"EINTR".equals(a.fields().get("errno"))) {
                    Thread.currentThread().interrupt();
                }
                return a;
            } catch (InterruptedException e) {
                interrupted = true;
                interrupt(thread);
            } catch (ExecutionException e) {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                throw (DriverFailure) e.getCause();
            }
        }
    }

    private void interrupt(long thread) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", ids.incrementAndGet());
        request.put("thread", thread);
        request.put("op", "interrupt");
        write(WireJson.encode(request));
    }

    /** Gives the request the next id, registers it and writes it; the future holds the answer. */
    private CompletableFuture<Answer> send(Map<String, Object> fields) {
        long id = ids.incrementAndGet();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", id);
        request.putAll(fields);
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        pending.put(id, answer);
        DriverFailure f = failure;
        if (f != null) {
            pending.remove(id);
            answer.completeExceptionally(f);
            return answer;
        }
        String line = WireJson.encode(request);
        unanswered.put(id, line);
        write(line);
        return answer;
    }

    private void write(String line) {
        try {
            synchronized (requests) {
                requests.write(line);
                requests.write('\n');
                requests.flush();
            }
        } catch (IOException e) {
            // the driver closed its standard input or ended: the reader sees the end and says why
        }
    }

    private void readAnswers() {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 14)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!answer(line)) {
                    return;
                }
            }
        } catch (IOException ignored) {
            // the end of the driver's output: said below
        }
        ended();
    }

    /** Hands the line to its request; false when it is not an answer (the driver is then failed). */
    private boolean answer(String line) {
        Map<String, Object> fields;
        try {
            fields = WireJson.decode(line);
        } catch (WireFormatException e) {
            fail("wrote a line that is not a message of the protocol (" + e.getMessage() + "): " + quoted(line));
            return false;
        }
        Object id = fields.get("id");
        CompletableFuture<Answer> waiting = id instanceof Long ? pending.remove(id) : null;
        if (waiting != null) {
            unanswered.remove(id);
        }
        if (waiting == null) {
            fail("wrote an answer to no request in flight (id " + id + "): " + quoted(line));
            return false;
        }
        waiting.complete(new Answer(line, fields));
        return true;
    }

    /** The driver's output ended: it exited (or closed its standard output). */
    private void ended() {
        String status;
        try {
            status = process.waitFor(2, TimeUnit.SECONDS) ? exitStatus(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "unknown";
        }
        fail("ended its standard output (" + status + ")");
    }

    private static String exitStatus(int status) {
        return status > 128 ? "exit status " + status + ", signal " + (status - 128) : "exit status " + status;
    }

    /** Fails the driver once, with the evidence, and every call in flight or to come; kills the process. */
    private synchronized void fail(String what) {
        if (failure == null) {
            process.destroyForcibly();
            failure = new DriverFailure("the driver '" + command + "' (pid " + process.pid() + ") " + what
                    + "; its last standard error: " + stderr.text(1_000));
        }
        for (Long id : List.copyOf(pending.keySet())) {
            unanswered.remove(id);
            CompletableFuture<Answer> f = pending.remove(id);
            if (f != null) {
                f.completeExceptionally(failure);
            }
        }
    }

    /**
     * What the driver owes, as evidence for a call that does not return: the requests it has not
     * answered, in the order written, and its last lines of standard error; empty when it owes
     * nothing.
     */
    String unansweredRequests() {
        if (unanswered.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("the driver '" + command + "' (pid " + process.pid() + ", "
                + (process.isAlive() ? "running" : "ended") + ") has not answered");
        new java.util.TreeMap<>(unanswered)
                .values()
                .forEach(line -> s.append(' ').append(quoted(line)));
        return s.append("; its last standard error: ").append(stderr.text(0)).toString();
    }

    /** A line as evidence, cut to a readable length. */
    static String quoted(String line) {
        String shown = line.length() > 300 ? line.substring(0, 300) + "… (" + line.length() + " characters)" : line;
        return "'" + shown + "'";
    }

    /** Fails the driver for an answer the protocol does not allow, naming it. */
    DriverFailure brokeProtocol(String what, Answer answer) {
        return new DriverFailure("the driver '" + command + "' (pid " + process.pid() + ") answered " + what + ": "
                + quoted(answer.line()));
    }

    /** Ends the driver (its calls in flight fail). */
    void kill() {
        fail("was ended by the kit");
    }
}
