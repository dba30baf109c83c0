package dev.rendezvous.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The reports' verdicts are the kit's ({@code tck.results.Verdict}): the reports read them from
 * results files by name and add a symbol and a label, so the names must be the same, in the
 * same order.
 */
class VerdictTest {
    @Test
    void the_reports_spell_every_verdict_the_kit_gives_and_no_other() {
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::name))
                .containsExactlyElementsOf(Arrays.stream(dev.rendezvous.tck.results.Verdict.values())
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void every_verdict_has_a_symbol_and_a_label_of_its_own() {
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::symbol)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::label)).doesNotHaveDuplicates();
    }
}
