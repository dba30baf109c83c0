package dev.rendezvous.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.rendezvous.reports.fixture.DrivesTheHarness;
import dev.rendezvous.reports.fixture.ReadsTheResults;
import dev.rendezvous.tck.fixture.KnowsTheReference;
import org.junit.jupiter.api.Test;

/** The rules fail on classes that break them (fixtures among this module's tests), and only on those. */
class RulesCatchViolationsTest {

    @Test
    void reports_may_not_reach_past_the_entry_points() {
        EvaluationResult result = ModuleBoundariesTest.REPORTS_USE_THE_KIT_THROUGH_ITS_ENTRY_POINTS.evaluate(
                importOf(DrivesTheHarness.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("dev.rendezvous.tck.check.CallFormat"));
    }

    @Test
    void reports_may_use_the_entry_points() {
        EvaluationResult result = ModuleBoundariesTest.REPORTS_USE_THE_KIT_THROUGH_ITS_ENTRY_POINTS.evaluate(
                importOf(ReadsTheResults.class));

        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void the_kit_may_not_know_the_reference_implementation() {
        EvaluationResult result =
                ModuleBoundariesTest.TCK_NEVER_DEPENDS_ON_THE_REFERENCE.evaluate(importOf(KnowsTheReference.class));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("dev.rendezvous.reference.NioSocketStack"));
    }

    private static JavaClasses importOf(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }
}
