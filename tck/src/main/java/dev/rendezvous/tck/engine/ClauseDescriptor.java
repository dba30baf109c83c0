package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.RendezvousKit;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.ResultsJson;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One clause of the catalogue as a test on the JUnit Platform: started before it runs, finished
 * with its verdict (PASSED succeeds, FAILED fails with the failure text, the others are aborted
 * with their reason), which it also publishes as a report entry ({@link RendezvousTestEngine#RESULT_ENTRY}).
 */
final class ClauseDescriptor extends AbstractTestDescriptor implements Node<KitContext> {
    /** The segment type of a clause in a unique ID: {@code [engine:rendezvous]/[clause:ID]}. */
    static final String SEGMENT = "clause";

    /** Why a clause is skipped in a run that shares its clauses: another run took it. */
    static final String TAKEN_ELSEWHERE = "run by another run that shares the clauses";

    private final Clause clause;

    ClauseDescriptor(UniqueId parent, Clause clause) {
        super(
                parent.append(SEGMENT, clause.id()),
                clause.id(),
                MethodSource.from(RendezvousKit.class.getName(), clause.id()));
        this.clause = clause;
    }

    Clause clause() {
        return clause;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** A clause the run leaves to another run it shares its clauses with is skipped here. */
    @Override
    public SkipResult shouldBeSkipped(KitContext context) {
        return context.take(clause) ? SkipResult.doNotSkip() : SkipResult.skip(TAKEN_ELSEWHERE);
    }

    @Override
    public KitContext execute(KitContext context, DynamicTestExecutor dynamic) {
        context.started(clause);
        ClauseResult r = context.session().verdict(clause);
        context.record(r);
        context.listener()
                .reportingEntryPublished(
                        this, ReportEntry.from(RendezvousTestEngine.RESULT_ENTRY, ResultsJson.clauseToLine(r)));
        ReplayHint hint =
                ReplayHint.of(getParent().map(TestDescriptor::getUniqueId).orElse(getUniqueId()), (String)
                        context.session().meta().get("class"));
        Throwable verdict =
                RendezvousTestEngine.platformResult(r, hint).getThrowable().orElse(null);
        if (verdict instanceof Error e) {
            throw e;
        }
        if (verdict != null) {
            throw (RuntimeException) verdict;
        }
        return context;
    }
}
