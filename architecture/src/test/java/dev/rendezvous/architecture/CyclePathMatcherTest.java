package dev.rendezvous.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CyclePathMatcherTest {

    private static final String RUN_ENGINE = "Cycle detected: Slice engine -> \n"
            + "                Slice run -> \n"
            + "                Slice engine\n"
            + "  1. Dependencies of Slice engine\n"
            + "    - Method <a.Engine.x()> calls method <b.Run.y()> in (Engine.java:12)\n"
            + "  2. Dependencies of Slice run\n"
            + "    - Method <b.Run.z()> calls method <a.Engine.w()> in (Run.java:40)";

    private final CyclePathMatcher matcher = new CyclePathMatcher();

    @Test
    void a_frozen_cycle_stays_known_when_the_dependencies_along_it_change() {
        String grown = RUN_ENGINE + "\n    - Method <b.Run.v()> calls method <a.Engine.u()> in (Run.java:77)";

        assertThat(matcher.matches(grown, RUN_ENGINE)).isTrue();
    }

    @Test
    void the_same_cycle_found_from_another_slice_is_the_same_cycle() {
        String fromRun = "Cycle detected: Slice run -> \n                Slice engine -> \n                Slice run\n"
                + "  1. Dependencies of Slice run\n    - Method <b.Run.z()> calls method <a.Engine.w()> in (Run.java:40)";

        assertThat(CyclePathMatcher.path(fromRun)).containsExactly("engine", "run");
        assertThat(matcher.matches(fromRun, RUN_ENGINE)).isTrue();
    }

    @Test
    void a_cycle_through_other_packages_is_new() {
        String longer = "Cycle detected: Slice engine -> \n                Slice lab -> \n"
                + "                Slice run -> \n                Slice engine\n"
                + "  1. Dependencies of Slice engine\n    - Method <a.Engine.x()> calls method <c.Lab.y()> in (Engine.java:3)";

        assertThat(CyclePathMatcher.path(longer)).containsExactly("engine", "lab", "run");
        assertThat(matcher.matches(longer, RUN_ENGINE)).isFalse();
    }

    @Test
    void other_violations_match_when_only_their_line_numbers_differ() {
        String before = "Method <a.B.c()> calls method <d.E.f()> in (B.java:10)";

        assertThat(matcher.matches("Method <a.B.c()> calls method <d.E.f()> in (B.java:14)", before))
                .isTrue();
        assertThat(matcher.matches("Method <a.B.c()> calls method <d.E.g()> in (B.java:10)", before))
                .isFalse();
    }
}
