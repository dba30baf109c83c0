package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.catalogue.Clause;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One clause of the catalogue as a test on the JUnit Platform. */
final class ClauseDescriptor extends AbstractTestDescriptor {
    private final Clause clause;

    ClauseDescriptor(UniqueId parent, Clause clause) {
        super(parent.append("clause", clause.id()), clause.id());
        this.clause = clause;
    }

    Clause clause() {
        return clause;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
