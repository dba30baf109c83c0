package dev.rendezvous.tck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Feature;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a property says about itself, by default. */
class PropertyTest {

    private static Property of(String clauseId) {
        return new Property(clauseId, "sample") {
            @Override
            public void check(Case c) {}
        };
    }

    @Test
    void aPropertyIsNamedAfterItsClause() {
        Property p = of("SERVER-BIND-LISTEN");

        assertThat(p.clause().id()).isEqualTo("SERVER-BIND-LISTEN");
        assertThat(p.name()).isEqualTo("sample");
        assertThat(p.id()).isEqualTo("SERVER-BIND-LISTEN/sample");
        assertThat(p).hasToString("SERVER-BIND-LISTEN/sample");
    }

    @Test
    void aPropertyOfAnUnknownClauseCannotBeMade() {
        assertThatThrownBy(() -> of("NO-SUCH-CLAUSE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFamiliesAreTheClausesOrTheFamilyItRequires() {
        assertThat(of("SERVER-BIND-LISTEN").families())
                .containsExactlyInAnyOrder(Feature.INET, Feature.INET6, Feature.UNIX);
        assertThat(of("CONNECT-INET-LENGTH").families()).containsExactlyInAnyOrder(Feature.INET, Feature.INET6);
        assertThat(of("CONNECT-UNIX-LENGTH").families()).containsExactly(Feature.UNIX);
    }

    @Test
    void byDefaultAPropertyNeedsNothingMoreAndTriesWithoutLimit() {
        Property p = of("SERVER-BIND-LISTEN");

        assertThat(p.requires()).isEmpty();
        assertThat(p.maxTries()).isEqualTo(Integer.MAX_VALUE);
        assertThat(p.needsLab()).isFalse();
    }

    @Test
    void aCaseMayTakeACallDeadlinePlusAnEventDeadline() {
        Knobs knobs = new Knobs(Duration.ofMillis(10), Duration.ofMillis(300), 2.0);
        Property p = of("SERVER-BIND-LISTEN");

        assertThat(p.callDeadline(knobs)).isEqualTo(Duration.ofMillis(1200));
        assertThat(p.caseDeadline(knobs)).isEqualTo(Duration.ofMillis(1800));
    }
}
