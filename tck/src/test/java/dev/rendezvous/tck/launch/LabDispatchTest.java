package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.lab.LabCapabilities;
import dev.rendezvous.tck.lab.LabMode;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the run records of the lab, the reason its clauses get without one, and when none is opened. */
class LabDispatchTest {
    private static final LabCapabilities NONE = new LabCapabilities(
            1000,
            Map.of(LabMode.NETNS, "not root", LabMode.USER_NAMESPACE, "user namespaces are off"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false);
    private static final LabCapabilities USER_ONLY = new LabCapabilities(
            1000,
            Map.of(LabMode.NETNS, "not root"),
            Optional.of(Path.of("/sbin/ip")),
            Optional.of(Path.of("/usr/bin/unshare")),
            Optional.of(Path.of("/usr/bin/nsenter")),
            Optional.empty(),
            true);

    @Test
    void the_disabled_lab_gives_its_reason_with_the_value_of_the_property() {
        assertThat(LabDispatch.disabledReason("  no root here "))
                .isEqualTo("the network lab is disabled (-Drendezvous.lab.disabled): no root here");
        assertThat(LabDispatch.disabledReason(" "))
                .isEqualTo("the network lab is disabled (-Drendezvous.lab.disabled)");
    }

    @Test
    void inside_the_lab_its_clauses_run_here_and_nothing_is_missing() {
        LabDispatch lab = new LabDispatch(true, null, null);

        assertThat(lab.inside()).isTrue();
        assertThat(lab.absence()).isNull();
        assertThat(lab.describe()).isEqualTo(Map.of("inside", true));
        assertThat(lab.start(RunOptions.defaults(), Catalogue.all(), List.of())).isCompletedWithValue(Map.of());
    }

    @Test
    void a_disabled_lab_is_recorded_as_unavailable_with_its_reason() {
        LabDispatch lab = new LabDispatch(false, null, "disabled");

        assertThat(lab.inside()).isFalse();
        assertThat(lab.absence()).isEqualTo("disabled");
        assertThat(lab.describe()).containsExactly(Map.entry("available", false), Map.entry("reason", "disabled"));
        assertThat(lab.start(RunOptions.defaults(), Catalogue.all(), List.of())).isCompletedWithValue(Map.of());
    }

    @Test
    void a_lab_that_cannot_be_made_is_recorded_with_every_mode_s_reason_and_none_is_opened() {
        LabDispatch lab = new LabDispatch(false, NONE, NONE.whyNot().orElseThrow());

        assertThat(lab.absence()).isEqualTo(NONE.whyNot().orElseThrow());
        assertThat(lab.describe())
                .containsEntry("available", false)
                .containsEntry("reason", NONE.whyNot().orElseThrow())
                .containsEntry("summary", NONE.summary())
                .doesNotContainKey("mode");
        assertThat(lab.start(RunOptions.defaults(), Catalogue.all(), List.of())).isCompletedWithValue(Map.of());
    }

    @Test
    void a_lab_that_can_be_made_is_recorded_with_its_mode_and_its_clauses_are_said_to_run_in_a_child() {
        LabDispatch lab = new LabDispatch(false, USER_ONLY, null);

        assertThat(lab.absence()).isEqualTo("the lab's clauses run in a child JVM inside it");
        assertThat(lab.describe())
                .containsEntry("available", true)
                .containsEntry("mode", "USER_NAMESPACE")
                .containsEntry("summary", USER_ONLY.summary())
                .doesNotContainKey("reason");
    }

    @Test
    void with_no_clauses_for_the_lab_none_is_opened() {
        LabDispatch lab = new LabDispatch(false, USER_ONLY, null);

        assertThat(lab.start(RunOptions.defaults(), List.of(), List.of())).isCompletedWithValue(Map.of());
    }

    @Test
    void a_lab_that_fails_to_open_is_recorded_as_unavailable_with_its_reason() throws Exception {
        LabCapabilities broken = new LabCapabilities(
                0,
                Map.of(LabMode.USER_NAMESPACE, "not tried"),
                Optional.of(Path.of("/nonexistent/ip")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false);
        LabDispatch lab = new LabDispatch(false, broken, null);

        assertThat(lab.start(RunOptions.defaults(), List.of(Catalogue.require("ERROR-ETIMEDOUT")), List.of())
                        .get(60, java.util.concurrent.TimeUnit.SECONDS))
                .isEmpty();
        assertThat(lab.describe()).containsEntry("available", false);
        assertThat((String) lab.describe().get("reason")).startsWith("the network lab could not be used: ");
        assertThat(lab.absence()).isEqualTo(lab.describe().get("reason"));
    }
}
