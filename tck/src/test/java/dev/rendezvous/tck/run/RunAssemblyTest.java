package dev.rendezvous.tck.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run's result put together from the implementation's meta data, the options and the verdicts. */
class RunAssemblyTest {
    private final Instant started = Instant.parse("2026-11-25T10:00:00Z");
    private final Instant finished = Instant.parse("2026-11-25T10:00:02.500Z");
    private final List<ClauseResult> verdicts =
            List.of(new ClauseResult(Catalogue.require("CONNECT-INITIATES"), Verdict.PASSED, "ok", 3, 4, null, null));

    @Test
    void the_result_names_the_kit_the_implementation_the_options_and_holds_the_verdicts() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", "Stack");
        meta.put("version", 7);
        meta.put("class", "com.example.Stack");
        meta.put("features", List.of("INET", "UNIX"));
        meta.put("environment", Map.of("os", "Linux"));
        RunOptions options = RunOptions.defaults().withSeed(3).withTries(4).withStrict(true);

        RunResult r = RunAssembly.assemble(meta, options, started, finished, verdicts);

        assertThat(r.kitName()).isEqualTo(KitVersion.NAME);
        assertThat(r.kitVersion()).isEqualTo(KitVersion.version());
        assertThat(r.implementationName()).isEqualTo("Stack");
        assertThat(r.implementationVersion()).isEqualTo("7");
        assertThat(r.implementationClass()).isEqualTo("com.example.Stack");
        assertThat(r.features()).containsExactly("INET", "UNIX");
        assertThat(r.environment()).isEqualTo(Map.of("os", "Linux"));
        assertThat(r.seed()).isEqualTo(3);
        assertThat(r.tries()).isEqualTo(4);
        assertThat(r.strict()).isTrue();
        assertThat(r.clauses()).isEqualTo(verdicts);
    }

    @Test
    void the_timing_holds_the_knobs_and_when_the_run_started_and_finished() {
        RunResult r = RunAssembly.assemble(Map.of(), RunOptions.defaults(), started, finished, verdicts);

        Map<String, Object> expected = new LinkedHashMap<>(Knobs.DEFAULT.describe());
        expected.put("startedAt", "2026-11-25T10:00:00Z");
        expected.put("finishedAt", "2026-11-25T10:00:02.500Z");
        expected.put("wallMillis", 2500L);
        assertThat(r.timing()).isEqualTo(expected);
    }

    @Test
    void meta_data_without_features_or_environment_gives_none() {
        RunResult r = RunAssembly.assemble(Map.of("name", "S"), RunOptions.defaults(), started, finished, verdicts);

        assertThat(r.features()).isEmpty();
        assertThat(r.environment()).isEmpty();
        assertThat(r.implementationVersion()).isEqualTo("null");
        assertThat(r.strict()).isFalse();
    }
}
