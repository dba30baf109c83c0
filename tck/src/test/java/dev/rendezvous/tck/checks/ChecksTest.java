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

    @Test
    void a_property_is_found_by_its_id_and_an_unknown_id_finds_none() {
        for (Property p : Checks.all()) {
            assertThat(Checks.byId(p.id())).containsSame(p);
        }
        assertThat(Checks.byId("ACCEPT-BLOCKS/no-such-property")).isEmpty();
    }

    @Test
    void the_properties_of_a_clause_are_exactly_those_that_name_it() {
        assertThat(Checks.forClause("LISTEN-BACKLOG"))
                .extracting(Property::id)
                .contains("LISTEN-BACKLOG/backlog-queues", "LISTEN-BACKLOG/any-backlog")
                .allMatch(id -> id.startsWith("LISTEN-BACKLOG/"));
        assertThat(Checks.forClause("NO-SUCH-CLAUSE")).isEmpty();
    }

    @Test
    void the_list_of_every_property_cannot_be_changed() {
        assertThat(Checks.all())
                .contains(Checks.byId("LISTEN-BACKLOG/any-backlog").orElseThrow());
        assertThatThrownBy(() -> Checks.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
