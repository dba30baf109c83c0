package dev.rendezvous.tck.run;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Set;

/**
 * An implementation that claims no feature, so every clause is NOT_CLAIMED at once; its name is
 * null and its version throws.
 */
public class ClaimsNothing extends ForwardingStack {
    public ClaimsNothing() {}

    @Override
    public Set<Feature> features() {
        return Set.of();
    }

    @Override
    public String name() {
        return null;
    }

    @Override
    public String version() {
        throw new IllegalStateException("no version");
    }
}
