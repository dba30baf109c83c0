package dev.rendezvous.tck.checks;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Trace;
import dev.rendezvous.tck.check.TracedStack;
import dev.rendezvous.tck.property.Choices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One case of one property, its draws fixed, checked on the calling thread against a stack: what
 * the case opened is closed, its background threads interrupted and its UNIX-domain paths removed
 * when it is closed. {@link #of} claims one family, and its first draw picks it (the only one
 * claimed, so any offset gives it); the draws after it are the property's own. {@link #checkDraws}
 * and {@link #checkSeed} claim a set of features and take every draw as given (or from a seed).
 */
public final class FixedCase implements AutoCloseable {
    /** A short quiet window and event deadline: loopback events come far sooner. */
    public static final Knobs QUICK = new Knobs(Duration.ofMillis(50), Duration.ofMillis(500), 1.0);

    /**
     * Longer waits, for {@link #checkDraws} and {@link #checkSeed}: the quiet window, also the time
     * a call "at once" may take, leaves room for a busy machine.
     */
    public static final Knobs PATIENT = new Knobs(Duration.ofMillis(400), Duration.ofSeconds(2), 1.0);

    private final Property property;
    private final TracedStack stack;
    private final Trace trace = new Trace();
    private final Case c;
    private final Path dir;

    private FixedCase(Property property, SocketStack stack, Set<Feature> claimed, Choices choices, Knobs knobs) {
        this.property = property;
        this.stack = new TracedStack(stack, trace);
        try {
            this.dir = Files.createTempDirectory("rdv-fixed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.c = new Case(property, choices, this.stack, knobs, claimed, dir, "no lab here");
    }

    /** A case of {@code property} on {@code stack}, in {@code family}, drawing {@code draws} (offsets). */
    public static FixedCase of(Property property, SocketStack stack, Feature family, long... draws) {
        long[] all = new long[draws.length + 1];
        System.arraycopy(draws, 0, all, 1, draws.length);
        return new FixedCase(property, stack, Set.of(family), Choices.replay(all), QUICK);
    }

    /** Checks a case of {@code property} whose draws are {@code offsets}, in order (0 past their end). */
    public static void checkDraws(Property property, SocketStack stack, Set<Feature> claimed, long... offsets)
            throws Exception {
        try (FixedCase c = new FixedCase(property, stack, claimed, Choices.replay(offsets), PATIENT)) {
            c.check();
        }
    }

    /** Checks a case of {@code property} drawn at random from {@code seed}. */
    public static void checkSeed(Property property, SocketStack stack, Set<Feature> claimed, long seed)
            throws Exception {
        try (FixedCase c = new FixedCase(property, stack, claimed, Choices.random(seed), PATIENT)) {
            c.check();
        }
    }

    /** As {@link #of}, on the reference implementation. */
    public static FixedCase onReference(Property property, Feature family, long... draws) {
        return of(property, new NioSocketStack(), family, draws);
    }

    /** Checks the property on this case, once; whatever it throws is thrown. */
    public void check() throws Exception {
        property.check(c);
    }

    /** The case itself, for a test that drives a step of a property directly. */
    public Case c() {
        return c;
    }

    /** The calls made so far, each with its outcome. */
    public List<String> calls() {
        return trace.lines();
    }

    @Override
    public void close() throws Exception {
        for (Thread t : c.threads()) {
            t.interrupt();
        }
        List<Integer> open = new ArrayList<>(stack.openDescriptors());
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                stack.target().close(open.get(i));
            } catch (ErrnoException | RuntimeException ignored) {
                // already closed by the stack under test, or never really opened: nothing left to free
            }
        }
        for (Thread t : c.threads()) {
            t.join(c.knobs().eventDeadline().toMillis());
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
