package dev.rendezvous.tck.checks.rendezvous;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.process.ChildJava;
import dev.rendezvous.tck.wire.WireSocketStack;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A property of RENDEZVOUS-UNRELATED-PROCESS: the other process is a JVM of its own, with its
 * own instance of the implementation, started for each case, which takes every claimed family in
 * turn (so one try, and time to start).
 */
abstract class UnrelatedProcessProperty extends Property {
    UnrelatedProcessProperty(String name) {
        super("RENDEZVOUS-UNRELATED-PROCESS", name);
    }

    @Override
    public final Set<Feature> requires() {
        return Set.of(Feature.CROSS_PROCESS);
    }

    /** One try each: the clause's two properties start two JVMs in all. */
    @Override
    public final int maxTries() {
        return 1;
    }

    /** The other process rendezvous with this one in every claimed family, in one case. */
    @Override
    public final boolean eachCaseCoversEveryFamily() {
        return true;
    }

    /** Starting a JVM takes longer than an event: allow three event deadlines on top of the usual. */
    @Override
    public final Duration caseDeadline(Knobs knobs) {
        return knobs.callDeadline().plus(knobs.eventDeadline().multipliedBy(3));
    }

    /** 1 to 64 drawn bytes to send across. */
    static byte[] payload(Case c) {
        byte[] payload = new byte[c.between(1, 64)];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) c.between(0, 255);
        }
        return payload;
    }

    /**
     * Starts the other process: a JVM of its own running {@code main} with the implementation's
     * class as its first argument, then {@code args}.
     */
    static Process startChild(Case c, Class<?> main, String... args) {
        List<String> all = new ArrayList<>();
        all.add(WireSocketStack.referenceOf(c.traced().target()));
        all.addAll(List.of(args));
        List<String> cmd = ChildJava.command(c.traced().target().getClass(), main, all);
        try {
            return new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            throw new NotVerifiedException("cannot start a second JVM (" + cmd.get(0) + "): " + e.getMessage());
        }
    }
}
