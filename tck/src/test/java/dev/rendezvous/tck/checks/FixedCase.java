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
 * One case of one property, its draws fixed, checked on the calling thread against a stack that
 * claims one family: what the case opened is closed, its background threads interrupted and its
 * UNIX-domain paths removed when it is closed. The first draw picks the family (the only one
 * claimed, so any offset gives it); the draws after it are the property's own.
 */
public final class FixedCase implements AutoCloseable {
    /** A short quiet window and event deadline: loopback events come far sooner. */
    public static final Knobs QUICK = new Knobs(Duration.ofMillis(50), Duration.ofMillis(500), 1.0);

    private final Property property;
    private final TracedStack stack;
    private final Trace trace = new Trace();
    private final Case c;
    private final Path dir;

    private FixedCase(Property property, SocketStack stack, Feature family, long... draws) {
        this.property = property;
        this.stack = new TracedStack(stack, trace);
        try {
            this.dir = Files.createTempDirectory("rdv-fixed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] all = new long[draws.length + 1];
        System.arraycopy(draws, 0, all, 1, draws.length);
        this.c = new Case(property, Choices.replay(all), this.stack, QUICK, Set.of(family), dir, "no lab here");
    }

    /** A case of {@code property} on {@code stack}, in {@code family}, drawing {@code draws} (offsets). */
    public static FixedCase of(Property property, SocketStack stack, Feature family, long... draws) {
        return new FixedCase(property, stack, family, draws);
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
            t.join(QUICK.eventDeadline().toMillis());
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
