package dev.rendezvous.tck.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void a_check_that_names_a_clause_not_in_the_catalogue_cannot_exist() {
        assertThatThrownBy(() -> new Property("NO-SUCH-CLAUSE", "x") {
                    @Override
                    public void check(Case c) {}
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO-SUCH-CLAUSE");
    }

    @Test
    void every_property_names_a_clause_of_the_catalogue_and_has_a_unique_id() {
        Set<String> ids = new HashSet<>();
        for (Property p : Checks.all()) {
            assertThat(Catalogue.byId(p.clause().id())).isPresent();
            assertThat(ids.add(p.id())).as("duplicate %s", p.id()).isTrue();
            assertThat(p.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
    }

    @Test
    void every_clause_that_needs_no_network_lab_has_a_property() {
        for (Clause c : Catalogue.all()) {
            if (!c.needsLab()) {
                assertThat(Checks.forClause(c.id()))
                        .as("properties of %s", c.id())
                        .isNotEmpty();
            }
        }
    }
}
