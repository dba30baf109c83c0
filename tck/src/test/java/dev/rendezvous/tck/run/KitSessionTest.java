package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Feature;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.launch.LabDispatch;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.property.ReplayToken;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session of the kit with the network lab forbidden: its clauses, its meta data, strict mode, the lab's clauses. */
class KitSessionTest {
    private static final String REASON = "forbidden in this test";
    private String previous;

    /** Whose features cannot be asked. */
    public static class FeaturesThrow extends ForwardingStack {
        public FeaturesThrow() {}

        @Override
        public Set<Feature> features() {
            throw new IllegalStateException("not ready");
        }
    }

    @BeforeEach
    void forbidTheLab() {
        previous = System.setProperty(ConfigKeys.LAB_DISABLED, REASON);
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(ConfigKeys.LAB_DISABLED);
        } else {
            System.setProperty(ConfigKeys.LAB_DISABLED, previous);
        }
    }

    private static RunOptions options(Class<?> stack) {
        return RunOptions.defaults().withStackClass(stack.getName()).withTries(1);
    }

    private static Clause labClause() {
        return Catalogue.all().stream()
                .filter(c -> Checks.forClause(c.id()).stream().anyMatch(Property::needsLab))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_clauses_asked_for_come_in_catalogue_order_and_unknown_ones_are_named() {
        Clause a = Catalogue.all().get(3);
        Clause b = Catalogue.all().get(0);
        try (KitSession s = KitSession.open(options(NioSocketStack.class).withClauseIds(Set.of(a.id(), b.id())))) {
            assertThat(s.clauses()).containsExactly(b, a);
        }
        try (KitSession s = KitSession.open(options(NioSocketStack.class))) {
            assertThat(s.clauses()).isEqualTo(Catalogue.all());
        }
        try (KitSession s =
                KitSession.open(options(NioSocketStack.class).withClauseIds(Set.of("Z-NONE", "A-NONE", b.id())))) {
            assertThatThrownBy(s::clauses)
                    .isInstanceOf(KitException.class)
                    .hasMessage("no clause with id A-NONE, Z-NONE in the catalogue");
        }
    }

    @Test
    void a_replay_session_runs_the_clause_of_its_token() {
        String token =
                new ReplayToken(Checks.forClause("ACCEPT-VALUE-RESULT").get(0).id(), 1, new long[0]).toString();
        try (KitSession s = KitSession.open(options(NioSocketStack.class).withReplayToken(token))) {
            assertThat(s.clauses()).containsExactly(Catalogue.require("ACCEPT-VALUE-RESULT"));
        }
    }

    @Test
    void the_meta_data_name_the_implementation_its_sorted_features_and_the_environment_with_the_lab() {
        try (KitSession s = KitSession.open(options(NioSocketStack.class))) {
            Map<String, Object> meta = s.meta();
            NioSocketStack stack = new NioSocketStack();

            assertThat(meta.get("name")).isEqualTo(stack.name());
            assertThat(meta.get("version")).isEqualTo(stack.version());
            assertThat(meta.get("class")).isEqualTo(NioSocketStack.class.getName());
            assertThat(meta.get("features"))
                    .isEqualTo(stack.features().stream()
                            .sorted()
                            .map(Feature::name)
                            .toList());
            @SuppressWarnings("unchecked")
            Map<String, Object> environment = (Map<String, Object>) meta.get("environment");
            assertThat(environment).containsKeys("os", "java", "unixDir");
            assertThat(environment.get("lab"))
                    .isEqualTo(Map.of("available", false, "reason", LabDispatch.disabledReason(REASON)));
        }
    }

    @Test
    void a_session_none_of_whose_clauses_needs_the_lab_does_not_look_for_one_and_says_so() {
        try (KitSession s = KitSession.open(options(NioSocketStack.class).withClauseIds(Set.of("ACCEPT-BLOCKS")))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> environment = (Map<String, Object>) s.meta().get("environment");
            assertThat(environment.get("lab")).isEqualTo(Map.of("available", false, "reason", KitSession.NOT_PROBED));
        }
    }

    @Test
    void a_name_that_is_null_or_a_version_that_throws_is_said_so() {
        try (KitSession s = KitSession.open(options(ClaimsNothing.class))) {
            assertThat(s.meta().get("name")).isEqualTo("(null)");
            assertThat(s.meta().get("version")).isEqualTo("(threw java.lang.IllegalStateException)");
            assertThat(s.meta().get("features")).isEqualTo(List.of());
        }
    }

    @Test
    void features_that_throw_are_one_clear_error() {
        assertThatThrownBy(() -> KitSession.open(options(FeaturesThrow.class)))
                .isInstanceOf(KitException.class)
                .hasMessage("features() of " + FeaturesThrow.class.getName()
                        + " failed: java.lang.IllegalStateException: not ready");
    }

    @Test
    void without_a_lab_its_clauses_are_not_verified_and_strict_mode_fails_them() {
        Clause lab = labClause();
        try (KitSession s = KitSession.open(options(NioSocketStack.class))) {
            ClauseResult r = s.run(lab);
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
            assertThat(r.reason()).contains(LabDispatch.disabledReason(REASON));
        }
        try (KitSession s = KitSession.open(options(NioSocketStack.class).withStrict(true))) {
            ClauseResult r = s.run(lab);
            assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(r.reason()).startsWith("strict mode: not verified: ");
            assertThat(r.counterexample().message()).isEqualTo(r.reason());
            assertThat(r.counterexample().property()).isEqualTo(lab.id());
        }
    }

    @Test
    void strict_mode_leaves_other_verdicts_alone() {
        Clause any = Catalogue.all().get(0);
        try (KitSession s = KitSession.open(options(ClaimsNothing.class).withStrict(true))) {
            assertThat(s.run(any).verdict()).isEqualTo(Verdict.NOT_CLAIMED);
        }
    }

    @Test
    void a_lab_clause_started_without_a_lab_gets_its_verdict_here_and_the_result_keeps_the_order_given() {
        Clause lab = labClause();
        Clause other =
                Catalogue.all().stream().filter(c -> !c.equals(lab)).findFirst().orElseThrow();
        try (KitSession s = KitSession.open(options(ClaimsNothing.class))) {
            assertThat(s.labClauses(List.of(lab, other))).containsExactly(lab);

            s.startLab(List.of(lab, other));
            ClauseResult fromOther = s.verdict(other);
            List<ClauseResult> results = List.of(s.verdict(lab), fromOther);

            assertThat(results).extracting(ClauseResult::clause).containsExactly(lab, other);
            assertThat(results).extracting(ClauseResult::verdict).containsOnly(Verdict.NOT_CLAIMED);
            RunResult run = s.result(results);
            assertThat(run.clauses()).isEqualTo(results);
            assertThat(run.implementationClass()).isEqualTo(ClaimsNothing.class.getName());
        }
    }

    @Test
    void closing_removes_the_directory_of_unix_domain_names() {
        Path dir;
        try (KitSession s = KitSession.open(options(NioSocketStack.class))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> environment = (Map<String, Object>) s.meta().get("environment");
            dir = Path.of((String) environment.get("unixDir"));
            assertThat(dir).isDirectory();
        }
        assertThat(dir).doesNotExist();
    }
}
