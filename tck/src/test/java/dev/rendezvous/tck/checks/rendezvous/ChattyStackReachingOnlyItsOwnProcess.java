package dev.rendezvous.tck.checks.rendezvous;

import dev.rendezvous.tck.mutants.ReachesOnlyItsOwnProcess;

/**
 * A {@link ChattyStack} over the mutant that connects only to listeners of its own JVM: no other
 * process can rendezvous with a server, whatever the JVM prints.
 */
public final class ChattyStackReachingOnlyItsOwnProcess extends ChattyStack {
    /** Over a new {@link ReachesOnlyItsOwnProcess}. */
    public ChattyStackReachingOnlyItsOwnProcess() {
        super(new ReachesOnlyItsOwnProcess());
    }
}
