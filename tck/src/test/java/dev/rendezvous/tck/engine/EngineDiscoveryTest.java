package dev.rendezvous.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.rendezvous.tck.RendezvousKit;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.property.ReplayToken;
import dev.rendezvous.tck.run.KitSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** Which clauses the engine offers as tests, and only when a selector names it. */
class EngineDiscoveryTest {
    private static final UniqueId ENGINE = UniqueId.forEngine(RendezvousTestEngine.ID);

    private static List<String> discovered(Map<String, String> config, DiscoverySelector... selectors) {
        TestDescriptor root = new RendezvousTestEngine()
                .discover(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectors)
                                .configurationParameters(config)
                                .build(),
                        ENGINE);
        return root.getChildren().stream().map(TestDescriptor::getDisplayName).toList();
    }

    /** The catalogue's clauses in the engine's order: those that need the network lab last. */
    private static List<String> all() {
        return inTreeOrder(Catalogue.all());
    }

    private static List<String> inTreeOrder(List<Clause> clauses) {
        List<String> out = new ArrayList<>();
        clauses.stream().filter(c -> !KitSession.needsLab(c)).forEach(c -> out.add(c.id()));
        clauses.stream().filter(KitSession::needsLab).forEach(c -> out.add(c.id()));
        return out;
    }

    @Test
    void it_names_itself() {
        RendezvousTestEngine engine = new RendezvousTestEngine();
        assertThat(engine.getId()).isEqualTo("rendezvous");
        assertThat(engine.getGroupId()).contains("dev.rendezvous");
        assertThat(engine.getArtifactId()).contains("rendezvous-tck");
    }

    @Test
    void its_unique_id_the_kit_s_class_or_package_select_every_clause_as_a_test() {
        assertThat(discovered(Map.of(), selectUniqueId(ENGINE))).isEqualTo(all());
        assertThat(discovered(Map.of(), selectClass(RendezvousKit.class))).isEqualTo(all());
        assertThat(discovered(Map.of(), selectPackage("dev.rendezvous.tck"))).isEqualTo(all());
    }

    @Test
    void a_clause_s_unique_id_or_method_selects_exactly_that_clause() {
        assertThat(discovered(Map.of(), selectUniqueId(ENGINE.append("clause", "CONNECT-INITIATES"))))
                .containsExactly("CONNECT-INITIATES");
        assertThat(discovered(Map.of(), selectMethod(RendezvousKit.class.getName() + "#ACCEPT-VALUE-RESULT")))
                .containsExactly("ACCEPT-VALUE-RESULT");
        assertThat(discovered(
                        Map.of(),
                        selectUniqueId(ENGINE.append("clause", "ERROR-ETIMEDOUT")),
                        selectMethod(RendezvousKit.class.getName() + "#CONNECT-INITIATES")))
                .containsExactly("CONNECT-INITIATES", "ERROR-ETIMEDOUT");
        assertThat(discovered(Map.of(), selectUniqueId(ENGINE.append("clause", "NO-SUCH-CLAUSE"))))
                .isEmpty();
        assertThat(discovered(
                        Map.of(ConfigKeys.CLAUSES, "ACCEPT-VALUE-RESULT"),
                        selectUniqueId(ENGINE.append("clause", "CONNECT-INITIATES"))))
                .isEmpty();
    }

    @Test
    void every_test_is_a_clause_under_the_engine() {
        TestDescriptor root = new RendezvousTestEngine()
                .discover(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectUniqueId(ENGINE))
                                .build(),
                        ENGINE);
        TestDescriptor first = root.getChildren().iterator().next();

        assertThat(first.getType()).isEqualTo(TestDescriptor.Type.TEST);
        assertThat(first.getUniqueId())
                .isEqualTo(ENGINE.append("clause", Catalogue.all().get(0).id()));
        assertThat(((ClauseDescriptor) first).clause())
                .isEqualTo(Catalogue.all().get(0));
    }

    @Test
    void other_selectors_find_nothing() {
        assertThat(discovered(Map.of(), selectClass(EngineDiscoveryTest.class))).isEmpty();
        assertThat(discovered(Map.of(), selectPackage("dev.rendezvous.tck.engine")))
                .isEmpty();
        assertThat(discovered(Map.of(), selectUniqueId(UniqueId.forEngine("junit-jupiter"))))
                .isEmpty();
    }

    @Test
    void the_clauses_parameter_narrows_the_tests_in_catalogue_order() {
        assertThat(discovered(
                        Map.of(ConfigKeys.CLAUSES, "ACCEPT-VALUE-RESULT , CONNECT-INITIATES"), selectUniqueId(ENGINE)))
                .containsExactly("CONNECT-INITIATES", "ACCEPT-VALUE-RESULT");
    }

    @Test
    void a_replay_token_makes_its_clause_the_only_test_and_a_malformed_one_leaves_every_clause_to_fail_at_the_start() {
        String property = Checks.forClause("ACCEPT-VALUE-RESULT").get(0).id();
        String token = new ReplayToken(property, 3, new long[] {4}).toString();

        assertThat(discovered(Map.of(ConfigKeys.REPLAY, token), selectUniqueId(ENGINE)))
                .containsExactly("ACCEPT-VALUE-RESULT");
        assertThat(discovered(
                        Map.of(ConfigKeys.REPLAY, "garbage", ConfigKeys.CLAUSES, "CONNECT-INITIATES"),
                        selectUniqueId(ENGINE)))
                .isEqualTo(all());
    }
}
