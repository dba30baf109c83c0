package dev.rendezvous.tck.labrun;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.lab.LabCapabilities;
import dev.rendezvous.tck.lab.LabProbe;
import dev.rendezvous.tck.launch.KitRunner;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.Kit;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs clauses of the kit the way a real run does — through the kit's engine, which runs the
 * clauses that need the network lab in a child JVM inside a lab it makes, beside the rest —
 * for the kit's own tests ({@link Kit#clause} gives one clause's verdict from a session).
 */
public final class LabRun {
    /** The clauses with a property that needs the lab: the wildcard server, the signal, the four errors, and the name that remains after them. */
    public static final List<String> LAB_CLAUSES = List.of(
            "SERVER-BIND-WILDCARD",
            "CONNECT-SIGNAL",
            "CONNECT-NAME-REMAINS",
            "ERROR-ETIMEDOUT",
            "ERROR-ECONNREFUSED",
            "ERROR-ENETDOWN-EHOSTDOWN",
            "ERROR-ENETUNREACH-EHOSTUNREACH");

    private static LabCapabilities capabilities;

    private LabRun() {}

    /** The options of the kit's own tests: {@link Kit#TEST_TRIES}, everything else by default. */
    public static RunOptions testOptions() {
        return RunOptions.defaults().withTries(Kit.TEST_TRIES);
    }

    /** A run of these clauses (all when empty) against an implementation. */
    public static RunResult run(Class<? extends SocketStack> stack, Collection<String> clauseIds, RunOptions options) {
        return run(options.withStackClass(stack.getName()).withClauseIds(Set.copyOf(clauseIds)), RunProgress.SILENT);
    }

    /** A run through the kit's engine, telling {@code progress}. */
    public static RunResult run(RunOptions options, RunProgress progress) {
        return KitRunner.run(options, progress);
    }

    /** Whether a clause has a property that needs the lab. */
    public static boolean needsLab(String clauseId) {
        return Checks.forClause(clauseId).stream().anyMatch(Property::needsLab);
    }

    /** What this machine allows (probed once). */
    public static synchronized LabCapabilities capabilities() {
        if (capabilities == null) {
            capabilities = LabProbe.probe();
        }
        return capabilities;
    }

    /** Why no lab can be made here; empty when one can. */
    public static Optional<String> whyNoLab() {
        return capabilities().whyNot();
    }

    /** Skips the calling test, with the reason, where no lab can be made. */
    public static void assumeLab() {
        assumeTrue(capabilities().canOpen(), () -> whyNoLab().orElseThrow());
    }

    /** Runs {@code what} with the lab disabled ({@value ConfigKeys#LAB_DISABLED} = {@code reason}). */
    public static <T> T withLabDisabled(String reason, Supplier<T> what) {
        String before = System.getProperty(ConfigKeys.LAB_DISABLED);
        System.setProperty(ConfigKeys.LAB_DISABLED, reason);
        try {
            return what.get();
        } finally {
            if (before == null) {
                System.clearProperty(ConfigKeys.LAB_DISABLED);
            } else {
                System.setProperty(ConfigKeys.LAB_DISABLED, before);
            }
        }
    }
}
