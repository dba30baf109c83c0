package dev.rendezvous.tck.results;

import dev.rendezvous.tck.property.ShrinkPass;
import java.util.List;

/**
 * The shrunk case that broke a clause, as a run's result records it (the field
 * {@code counterexample} of results.json; the reports read it as {@code reports.model.FailingCase}).
 * The property engine's own {@code property.Counterexample} is what shrinking found, before
 * it is told in the contract's terms.
 *
 * @param property the property that failed ({@code CLAUSE-ID/name})
 * @param message what broke, in one or a few sentences, naming the sentence of the contract
 * @param calls the calls of the shrunk case with their outcomes, in order
 * @param choices the shrunk choice sequence the case was generated from
 * @param shrinkRuns how many runs shrinking took
 * @param detail anything else that shows the failure (a thread dump of a hung call), or empty
 * @param shrinkPasses what each pass of the shrinker did, in pass order (empty when nothing was shrunk)
 */
public record FailingCase(
        String property,
        String message,
        List<String> calls,
        List<Long> choices,
        int shrinkRuns,
        String detail,
        List<ShrinkPass> shrinkPasses) {

    public FailingCase {
        calls = List.copyOf(calls);
        choices = List.copyOf(choices);
        detail = detail == null ? "" : detail;
        shrinkPasses = List.copyOf(shrinkPasses);
    }

    /** A case that was not shrunk pass by pass (none listed). */
    public FailingCase(
            String property, String message, List<String> calls, List<Long> choices, int shrinkRuns, String detail) {
        this(property, message, calls, choices, shrinkRuns, detail, List.of());
    }
}
