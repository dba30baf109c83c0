package dev.rendezvous.tck.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void every_quote_stands_verbatim_in_the_contract() {
        for (Clause c : Catalogue.all()) {
            assertThat(Spec.isVerbatim(c.quote()))
                    .as("quote of %s: %s", c.id(), c.quote())
                    .isTrue();
        }
    }

    @Test
    void a_quote_that_is_not_in_the_contract_is_recognised() {
        assertThat(Spec.isVerbatim("accept never blocks.")).isFalse();
        assertThat(Spec.isVerbatim("accept normally blocks. ... interrupted by a signal"))
                .isTrue();
    }

    @Test
    void ids_are_unique_and_stable_in_form() {
        Set<String> seen = new HashSet<>();
        for (Clause c : Catalogue.all()) {
            assertThat(c.id()).matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
            assertThat(seen.add(c.id())).as("duplicate %s", c.id()).isTrue();
            assertThat(c.checks()).as("%s says what is checked", c.id()).isNotBlank();
            assertThat(c.allowed()).as("%s says what it allows", c.id()).isNotBlank();
        }
    }

    @Test
    void the_contract_keeps_its_own_spelling_of_the_refused_errno() {
        assertThat(Catalogue.require("ERROR-ECONNREFUSED").quote()).startsWith("ECONNREFUSE The host refused service.");
    }

    @Test
    void the_catalogue_covers_the_parts_of_the_contract_that_state_behaviour() {
        String all =
                String.join("\n", Catalogue.all().stream().map(Clause::quote).toList());
        for (String sentence : new String[] {
            "strlen(server.sun_path) + offsetof(struct sockaddr_un, sun_path)",
            "sizeof(server)",
            "ETIMEDOUT",
            "ECONNREFUSE",
            "ENETDOWN or EHOSTDOWN",
            "ENETUNREACH or EHOSTUNREACH",
            "maximum number of outstanding connections",
            "The value-result parameter fromlen",
            "may be a null pointer",
            "accept normally blocks",
            "interrupted by a signal",
            "accept connections only from a specific individual",
            "an unrelated process",
            "there are alternatives"
        }) {
            assertThat(all).as("a clause quotes %s", sentence).contains(sentence);
        }
    }

    @Test
    void an_unknown_id_is_refused_with_its_name() {
        assertThatThrownBy(() -> Catalogue.require("NO-SUCH-CLAUSE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO-SUCH-CLAUSE");
    }
}
