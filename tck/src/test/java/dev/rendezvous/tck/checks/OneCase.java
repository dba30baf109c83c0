package dev.rendezvous.tck.checks;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketStack;
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
import java.util.List;
import java.util.Set;

/**
 * One case of one property, checked on this thread against a stack, with the draws given (or a
 * seed); everything the case left open is closed afterwards, as the harness does.
 */
public final class OneCase {
    /**
     * Short waits: loopback events come within milliseconds. The quiet window, also the time a
     * call "at once" may take, leaves room for a busy machine.
     */
    public static final Knobs QUICK = new Knobs(Duration.ofMillis(400), Duration.ofSeconds(2), 1.0);

    private OneCase() {}

    /** Checks a case of {@code property} whose draws are {@code offsets}, in order (0 past their end). */
    public static void check(Property property, SocketStack stack, Set<Feature> claimed, long... offsets)
            throws Exception {
        run(property, stack, claimed, Choices.replay(offsets));
    }

    /** Checks a case of {@code property} drawn at random from {@code seed}. */
    public static void checkSeed(Property property, SocketStack stack, Set<Feature> claimed, long seed)
            throws Exception {
        run(property, stack, claimed, Choices.random(seed));
    }

    private static void run(Property property, SocketStack stack, Set<Feature> claimed, Choices choices)
            throws Exception {
        TracedStack traced = new TracedStack(stack, new Trace());
        Case c = new Case(property, choices, traced, QUICK, claimed, unixDir(), "no lab in these tests");
        try {
            property.check(c);
        } finally {
            for (Thread t : c.threads()) {
                t.interrupt();
            }
            List<Integer> open = new ArrayList<>(traced.openDescriptors());
            for (int i = open.size() - 1; i >= 0; i--) {
                try {
                    stack.close(open.get(i));
                } catch (ErrnoException | RuntimeException ignored) {
                    // the case is over; what it left is closed as far as possible
                }
            }
        }
    }

    private static Path unixDir() {
        try {
            return Files.createTempDirectory("rdv-one-case");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
