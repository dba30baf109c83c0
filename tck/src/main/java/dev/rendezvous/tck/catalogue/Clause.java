package dev.rendezvous.tck.catalogue;

import dev.rendezvous.api.Feature;
import java.util.Set;

/**
 * One sentence of the contract that states behaviour.
 *
 * @param id stable identifier, referred to by checks, results and baselines
 * @param level how binding it is
 * @param quote the sentence(s) quoted verbatim from the contract; {@code ...} joins pieces
 * @param requires features that must all be claimed for the clause to apply
 * @param anyOf features of which at least one must be claimed (the families it ranges over)
 * @param allowed the outcomes the clause accepts, where the contract leaves room
 * @param checks one line: what the kit checks
 * @param notes what real stacks do, where it matters to the reading (may be empty)
 * @param needsLab whether provoking it needs the network lab
 */
public record Clause(
        String id,
        Level level,
        String quote,
        Set<Feature> requires,
        Set<Feature> anyOf,
        String allowed,
        String checks,
        String notes,
        boolean needsLab) {

    public Clause {
        requires = Set.copyOf(requires);
        anyOf = Set.copyOf(anyOf);
    }

    /** Whether an implementation claiming {@code claimed} is bound by this clause. */
    public boolean appliesTo(Set<Feature> claimed) {
        return claimed.containsAll(requires)
                && (anyOf.isEmpty() || anyOf.stream().anyMatch(claimed::contains));
    }

    /** Why the clause does not apply to {@code claimed}; empty when it applies. */
    public String notClaimedReason(Set<Feature> claimed) {
        for (Feature f : requires) {
            if (!claimed.contains(f)) {
                return "needs feature " + f + ", which the implementation does not claim";
            }
        }
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(claimed::contains)) {
            return "needs one of the features " + anyOf + ", none of which the implementation claims";
        }
        return "";
    }
}
