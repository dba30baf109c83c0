package dev.rendezvous.tck.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.mutants.Breaks;
import dev.rendezvous.tck.mutants.Mutants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The way from a clause ID to its checks and mutants, as a reader walks it: the package named
 * after the ID's first word, the constant of its {@code *Checks} class named after the ID, and the
 * package's {@code package-info} naming every check class and mutant of the clause.
 */
class ClauseMapTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/rendezvous/tck/checks");

    @Test
    void each_clause_is_checked_by_the_constant_named_after_it_in_the_package_of_its_family() throws Exception {
        for (Clause c : Catalogue.all()) {
            Class<?> family = Class.forName(packageOf(c) + "." + capitalised(familyOf(c)) + "Checks");
            Object constant = family.getField(c.id().replace('-', '_')).get(null);
            assertThat(constant).as(c.id()).isEqualTo(Checks.forClause(c.id()));
        }
    }

    @Test
    void every_property_lives_in_the_package_of_its_clauses_family() {
        for (Property p : Checks.all()) {
            assertThat(p.getClass().getPackageName()).as(p.id()).isEqualTo(packageOf(p.clause()));
        }
    }

    @Test
    void the_properties_come_in_the_order_of_the_contract() {
        List<Integer> order = Checks.all().stream()
                .map(p -> Catalogue.all().indexOf(p.clause()))
                .toList();
        assertThat(order).isSorted();
    }

    @Test
    void each_family_names_every_check_class_and_mutant_of_its_clauses_in_its_package_info() throws Exception {
        for (Clause c : Catalogue.all()) {
            String info = Files.readString(SOURCES.resolve(familyOf(c)).resolve("package-info.java"));
            String row = info.lines()
                    .filter(l -> l.contains("{@code " + c.id() + "}"))
                    .findFirst()
                    .orElse("");
            assertThat(row)
                    .as("the row of %s in the package-info of %s", c.id(), familyOf(c))
                    .contains("#" + c.id().replace('-', '_') + "}");
            for (Property p : Checks.forClause(c.id())) {
                assertThat(row)
                        .as("%s names %s", c.id(), p.id())
                        .contains(p.getClass().getSimpleName());
            }
            for (Class<?> m : Mutants.all()) {
                if (m.getAnnotation(Breaks.class).value().equals(c.id())) {
                    assertThat(row)
                            .as("%s names mutant %s", c.id(), m.getSimpleName())
                            .contains("{@code " + m.getSimpleName() + "}");
                }
            }
        }
    }

    private static String familyOf(Clause c) {
        return c.id().substring(0, c.id().indexOf('-')).toLowerCase(Locale.ROOT);
    }

    private static String packageOf(Clause c) {
        return Checks.class.getPackageName() + "." + familyOf(c);
    }

    private static String capitalised(String family) {
        return Character.toUpperCase(family.charAt(0)) + family.substring(1);
    }
}
