package dev.rendezvous.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Who may depend on whom, between the modules of the kit (their main classes). */
@AnalyzeClasses(packages = "dev.rendezvous", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule API_DEPENDS_ON_THE_JDK_ALONE = classes()
            .that()
            .resideInAPackage("dev.rendezvous.api..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.rendezvous.api..")
            .because("every implementation under test compiles against the SPI; it must bring no library"
                    + " and nothing of the kit along");

    @ArchTest
    static final ArchRule TCK_NEVER_DEPENDS_ON_THE_REFERENCE = noClasses()
            .that()
            .resideInAPackage("dev.rendezvous.tck..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.rendezvous.reference..")
            .because("the kit judges every implementation through the SPI alone; knowing the reference"
                    + " implementation would let it accept what only the reference does");

    @ArchTest
    static final ArchRule REPORTS_USE_THE_KIT_THROUGH_ITS_ENTRY_POINTS = noClasses()
            .that()
            .resideInAPackage("dev.rendezvous.reports..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.rendezvous.tck..")
                    .and(not(KitEntryPoints.entryPoint())))
            .because("reports start runs and read their results and the catalogue; the rest of the kit"
                    + " stays free to change (the entry points are listed in KitEntryPoints)");

    @ArchTest
    static final ArchRule ADAPTERS_STAY_OUT_OF_THE_KIT = noClasses()
            .that()
            .resideInAPackage("dev.rendezvous.adapters..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.rendezvous.tck..", "dev.rendezvous.reference..", "dev.rendezvous.reports..")
            .because("an adapter is an implementation under test like any other: it knows the SPI only")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule LIBC_ADAPTER_USES_THE_API_AND_THE_JDK = classes()
            .that()
            .resideInAPackage("dev.rendezvous.adapters.libc..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.rendezvous.api..", "dev.rendezvous.adapters.libc..")
            .because("the libc adapter reaches the platform through java.lang.foreign alone")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule NETTY_EPOLL_ADAPTER_USES_THE_API_AND_NETTY = classes()
            .that()
            .resideInAPackage("dev.rendezvous.adapters.nettyepoll..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.rendezvous.api..", "dev.rendezvous.adapters.nettyepoll..", "io.netty..")
            .because("the Netty adapter translates the SPI to Netty's native socket layer and nothing else")
            .allowEmptyShould(true);
}
