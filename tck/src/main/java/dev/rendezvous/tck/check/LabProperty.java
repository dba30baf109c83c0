package dev.rendezvous.tck.check;

import dev.rendezvous.api.Feature;
import java.util.Set;

/**
 * A property that only the kit's network lab can provoke: it runs inside the lab (or, where
 * there is none, is NOT_VERIFIED with the reason), over the Internet families the lab has
 * addresses of.
 */
public abstract class LabProperty extends Property {
    protected LabProperty(String clauseId, String name) {
        super(clauseId, name);
    }

    @Override
    public final boolean needsLab() {
        return true;
    }

    @Override
    public Set<Feature> families() {
        return Set.of(Feature.INET, Feature.INET6);
    }
}
