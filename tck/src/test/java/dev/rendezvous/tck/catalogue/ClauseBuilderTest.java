package dev.rendezvous.tck.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Feature;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseBuilderTest {

    @Test
    void each_named_part_lands_in_its_component() {
        Clause c = new ClauseBuilder("X-ONE", Level.SHOULD)
                .quote("q")
                .requires(Set.of(Feature.NONBLOCKING))
                .anyOf(Set.of(Feature.UNIX))
                .allowed("a")
                .checks("c")
                .notes("n")
                .build();

        assertThat(c)
                .isEqualTo(new Clause(
                        "X-ONE",
                        Level.SHOULD,
                        "q",
                        Set.of(Feature.NONBLOCKING),
                        Set.of(Feature.UNIX),
                        "a",
                        "c",
                        "n",
                        false));
    }

    @Test
    void features_and_notes_left_out_are_none_and_the_lab_is_not_needed() {
        Clause c = new ClauseBuilder("X-TWO", Level.MUST)
                .quote("q")
                .allowed("a")
                .checks("c")
                .build();

        assertThat(c.requires()).isEmpty();
        assertThat(c.anyOf()).isEmpty();
        assertThat(c.notes()).isEmpty();
        assertThat(c.needsLab()).isFalse();
        assertThat(new ClauseBuilder("X-THREE", Level.MUST)
                        .quote("q")
                        .allowed("a")
                        .checks("c")
                        .needsLab()
                        .build()
                        .needsLab())
                .isTrue();
    }

    @Test
    void a_clause_without_its_quote_allowed_outcomes_or_checks_names_what_it_lacks() {
        assertThatThrownBy(() -> new ClauseBuilder("X-NO-QUOTE", Level.MUST)
                        .allowed("a")
                        .checks("c")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("clause X-NO-QUOTE has no quote");
        assertThatThrownBy(() -> new ClauseBuilder("X-NO-ALLOWED", Level.MUST)
                        .quote("q")
                        .checks("c")
                        .build())
                .hasMessage("clause X-NO-ALLOWED has no allowed");
        assertThatThrownBy(() -> new ClauseBuilder("X-NO-CHECKS", Level.MUST)
                        .quote("q")
                        .allowed("a")
                        .build())
                .hasMessage("clause X-NO-CHECKS has no checks");
    }

    @Test
    void the_lab_clauses_need_the_lab_and_range_over_the_internet_families() {
        assertThat(Catalogue.all().stream().filter(Clause::needsLab))
                .extracting(Clause::id)
                .containsExactly(
                        "SERVER-BIND-WILDCARD",
                        "CONNECT-SIGNAL",
                        "ERROR-ETIMEDOUT",
                        "ERROR-ENETDOWN-EHOSTDOWN",
                        "ERROR-ENETUNREACH-EHOSTUNREACH");
        for (Clause c : Catalogue.all()) {
            if (c.needsLab()) {
                assertThat(c.anyOf()).as(c.id()).containsExactlyInAnyOrder(Feature.INET, Feature.INET6);
                assertThat(c.level()).as(c.id()).isEqualTo(c.id().startsWith("ERROR-") ? Level.MUST : Level.SHOULD);
            }
        }
    }
}
