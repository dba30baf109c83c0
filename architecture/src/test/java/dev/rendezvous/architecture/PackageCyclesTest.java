package dev.rendezvous.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** No cycles between modules, nor between the packages of the kit or of the reports: any cycle fails the build. */
@AnalyzeClasses(packages = "dev.rendezvous", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule MODULES_ARE_FREE_OF_CYCLES = slices().matching("dev.rendezvous.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each module builds on the ones below it; modules in a cycle would be one module");

    @ArchTest
    static final ArchRule KIT_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("dev.rendezvous.tck.(*)..")
            .should()
            .beFreeOfCycles()
            .because("packages in a cycle can only be understood, tested and changed together");

    @ArchTest
    static final ArchRule REPORTS_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("dev.rendezvous.reports.(*)..")
            .should()
            .beFreeOfCycles()
            .because("packages in a cycle can only be understood, tested and changed together");
}
