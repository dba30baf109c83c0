package dev.rendezvous.tck.model;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.Trace;
import dev.rendezvous.tck.check.TracedStack;
import dev.rendezvous.tck.property.Choices;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A call sequence over a {@link ScriptedStack}, whose model a test sets up directly and whose
 * steps it runs with the draws it chooses (an offset per draw; missing ones are 0, the simplest).
 */
final class ScriptedSequence {
    final ScriptedStack stack = new ScriptedStack();
    private final Trace trace = new Trace();
    final CallSequence sequence;
    /** The sequence's own draws. */
    final Choices choices;

    private ScriptedSequence(int family, Set<Feature> claimed, long[] draws) {
        choices = Choices.replay(draws);
        Case c = new Case(
                null,
                choices,
                new TracedStack(stack, trace),
                Knobs.DEFAULT,
                claimed,
                Path.of("/tmp/rdv-model-test"),
                "no lab in the model's tests");
        sequence = new CallSequence(c, family);
    }

    /** A sequence over {@code family} on an implementation claiming non-blocking mode. */
    static ScriptedSequence of(int family) {
        return new ScriptedSequence(family, EnumSet.of(Feature.NONBLOCKING), new long[0]);
    }

    /** A sequence over {@code family} on an implementation that does not claim non-blocking mode. */
    static ScriptedSequence blockingOnly(int family) {
        return new ScriptedSequence(family, EnumSet.noneOf(Feature.class), new long[0]);
    }

    /** A sequence whose own draws (continue-flags, kinds of step, targets, arguments) are these. */
    static ScriptedSequence drawing(int family, long... draws) {
        return new ScriptedSequence(family, EnumSet.of(Feature.NONBLOCKING), draws);
    }

    SocketModel model() {
        return sequence.model();
    }

    /** A socket of the sequence, opened by a socket step. */
    ModelSocket open(int fd) {
        return model().opened(fd, false, "socket in a test");
    }

    /** Runs {@code step} with these draws; whether it made a call. */
    boolean run(Step step, long... draws) throws Exception {
        return step.run(Choices.replay(draws), sequence);
    }

    /** The calls made so far, as the kit's trace shows them. */
    List<String> calls() {
        return trace.lines();
    }
}
