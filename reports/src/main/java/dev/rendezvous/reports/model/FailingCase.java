package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The {@code counterexample} object of a failed clause: the shrunk case that broke it.
 *
 * @param property the property that failed
 * @param message what broke
 * @param calls the calls of the shrunk case with their outcomes, in order
 * @param choices the shrunk choice sequence
 * @param shrinkRuns how many runs shrinking took
 * @param detail anything else that shows the failure, or empty
 * @param shrinkPasses what each pass of the shrinker did, in pass order (empty in older results)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FailingCase(
        String property,
        String message,
        List<String> calls,
        List<Long> choices,
        int shrinkRuns,
        String detail,
        List<ShrinkPass> shrinkPasses) {

    public FailingCase {
        property = property == null ? "" : property;
        message = message == null ? "" : message;
        calls = calls == null ? List.of() : List.copyOf(calls);
        choices = choices == null ? List.of() : List.copyOf(choices);
        detail = detail == null ? "" : detail;
        shrinkPasses = shrinkPasses == null ? List.of() : List.copyOf(shrinkPasses);
    }

    /** A case without pass counts. */
    public FailingCase(
            String property, String message, List<String> calls, List<Long> choices, int shrinkRuns, String detail) {
        this(property, message, calls, choices, shrinkRuns, detail, List.of());
    }
}
