package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.property.ReplayToken;
import org.junit.jupiter.api.Test;

/** Replay tokens as the user gives them. */
class ReplaysTest {
    private final Property property = Checks.forClause("ACCEPT-VALUE-RESULT").get(0);

    @Test
    void a_token_of_this_kit_names_its_property_and_its_clause() {
        ReplayToken token = new ReplayToken(property.id(), 11, new long[] {1, 2, 3});

        assertThat(Replays.parse(token.toString())).isEqualTo(token);
        assertThat(Replays.property(token)).isEqualTo(property);
        assertThat(Replays.clauseOf(token.toString())).isEqualTo(Catalogue.require("ACCEPT-VALUE-RESULT"));
    }

    @Test
    void a_malformed_token_is_one_clear_error() {
        assertThatThrownBy(() -> Replays.parse("not a token"))
                .isInstanceOf(KitException.class)
                .hasMessageStartingWith("not a replay token: ");
    }

    @Test
    void a_token_of_a_property_this_kit_does_not_have_is_one_clear_error() {
        String token = new ReplayToken("NO-SUCH/property", 1, new long[0]).toString();

        assertThatThrownBy(() -> Replays.parse(token))
                .isInstanceOf(KitException.class)
                .hasMessage("the replay token names property NO-SUCH/property, which this kit does not have");
    }
}
