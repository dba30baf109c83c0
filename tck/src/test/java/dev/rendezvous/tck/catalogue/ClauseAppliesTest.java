package dev.rendezvous.tck.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Feature;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A clause binds an implementation when it claims every required feature and one of the families. */
class ClauseAppliesTest {
    private static Clause clause(Set<Feature> requires, Set<Feature> anyOf) {
        return new Clause("X-Y", Level.MUST, "quote", requires, anyOf, "", "checks", "", false);
    }

    private static final Clause NONBLOCKING_INET_OR_UNIX =
            clause(EnumSet.of(Feature.NONBLOCKING), EnumSet.of(Feature.INET, Feature.UNIX));

    @Test
    void a_clause_applies_when_the_required_feature_and_one_of_the_families_are_claimed() {
        Set<Feature> claimed = EnumSet.of(Feature.NONBLOCKING, Feature.UNIX);
        assertThat(NONBLOCKING_INET_OR_UNIX.appliesTo(claimed)).isTrue();
        assertThat(NONBLOCKING_INET_OR_UNIX.notClaimedReason(claimed)).isEmpty();
    }

    @Test
    void a_missing_required_feature_is_named() {
        Set<Feature> claimed = EnumSet.of(Feature.INET, Feature.UNIX);
        assertThat(NONBLOCKING_INET_OR_UNIX.appliesTo(claimed)).isFalse();
        assertThat(NONBLOCKING_INET_OR_UNIX.notClaimedReason(claimed))
                .isEqualTo("needs feature NONBLOCKING, which the implementation does not claim");
    }

    @Test
    void no_family_claimed_names_the_families() {
        Set<Feature> claimed = EnumSet.of(Feature.NONBLOCKING, Feature.INET6);
        assertThat(NONBLOCKING_INET_OR_UNIX.appliesTo(claimed)).isFalse();
        assertThat(NONBLOCKING_INET_OR_UNIX.notClaimedReason(claimed))
                .startsWith("needs one of the features [")
                .contains("INET", "UNIX")
                .endsWith("], none of which the implementation claims");
    }

    @Test
    void a_clause_without_families_needs_only_its_required_features() {
        Clause anyFamily = clause(EnumSet.of(Feature.CROSS_PROCESS), Set.of());
        assertThat(anyFamily.appliesTo(EnumSet.of(Feature.CROSS_PROCESS))).isTrue();
        assertThat(anyFamily.notClaimedReason(EnumSet.of(Feature.CROSS_PROCESS)))
                .isEmpty();
        assertThat(anyFamily.appliesTo(Set.of())).isFalse();
    }

    @Test
    void the_features_are_copied_so_a_later_change_of_the_caller_set_does_not_move_the_clause() {
        Set<Feature> requires = EnumSet.of(Feature.INET);
        Clause c = clause(requires, Set.of());
        requires.add(Feature.UNIX);
        assertThat(c.requires()).containsExactly(Feature.INET);
    }

    @Test
    void a_clause_is_found_by_its_id() {
        Clause first = Catalogue.all().get(0);
        assertThat(Catalogue.byId(first.id())).containsSame(first);
        assertThat(Catalogue.byId("NO-SUCH-CLAUSE")).isEmpty();
    }
}
