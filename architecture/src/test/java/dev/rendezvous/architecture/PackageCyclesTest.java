package dev.rendezvous.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.freeze.FreezingArchRule.freeze;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * No cycles between packages. The cycles the kit's packages had when the rule came are frozen in
 * {@code architecture/frozen} (see QUALITY.md): a new cycle fails the build, an old one that goes away
 * leaves the store.
 */
@AnalyzeClasses(packages = "dev.rendezvous", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule MODULES_ARE_FREE_OF_CYCLES = slices().matching("dev.rendezvous.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each module builds on the ones below it; modules in a cycle would be one module");

    @ArchTest
    static final ArchRule KIT_PACKAGES_ARE_FREE_OF_NEW_CYCLES = freeze(slices().matching("dev.rendezvous.tck.(*)..")
                    .should()
                    .beFreeOfCycles()
                    .because("packages in a cycle can only be understood, tested and changed together"))
            .associateViolationLinesVia(new CyclePathMatcher());

    @ArchTest
    static final ArchRule REPORTS_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("dev.rendezvous.reports.(*)..")
            .should()
            .beFreeOfCycles()
            .because("packages in a cycle can only be understood, tested and changed together");
}
