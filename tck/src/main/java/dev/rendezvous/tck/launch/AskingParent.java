package dev.rendezvous.tck.launch;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.run.ClauseShare;
import java.io.PrintStream;
import java.util.concurrent.BlockingQueue;

/**
 * The clauses a child JVM takes: before each, it asks the parent ({@link Protocol#TAKE}) and
 * runs the clause only if the answer, the next line of its standard input, says it is its own.
 * The lanes of an isolated run share their clauses this way: whichever child is free first
 * takes the next one.
 */
final class AskingParent implements ClauseShare {
    private final PrintStream out;
    private final BlockingQueue<String> answers;

    /**
     * @param out the child's standard output, the parent's end of which reads the question
     * @param answers the lines of the child's standard input, in order
     */
    AskingParent(PrintStream out, BlockingQueue<String> answers) {
        this.out = out;
        this.answers = answers;
    }

    @Override
    public boolean take(Clause clause) {
        synchronized (out) {
            out.println(Protocol.TAKE + clause.id());
            out.flush();
        }
        String answer;
        try {
            answer = answers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KitInternalError("interrupted while asking the parent for " + clause.id());
        }
        if (!answer.equals(Protocol.YOURS) && !answer.equals(Protocol.NOT_YOURS)) {
            throw new KitInternalError("the parent answered «" + answer + "» for " + clause.id());
        }
        return answer.equals(Protocol.YOURS);
    }
}
