package dev.rendezvous.tck.run;

import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts a run's result together from what the session said about the implementation and the clauses' results. */
public final class RunAssembly {
    private RunAssembly() {}

    @SuppressWarnings("unchecked")
    public static RunResult assemble(
            Map<String, Object> meta,
            RunOptions options,
            Instant started,
            Instant finished,
            List<ClauseResult> results) {
        Map<String, Object> timing = new LinkedHashMap<>(options.knobs().describe());
        timing.put("startedAt", started.toString());
        timing.put("finishedAt", finished.toString());
        timing.put("wallMillis", finished.toEpochMilli() - started.toEpochMilli());
        List<String> features = new ArrayList<>();
        for (Object f : (List<Object>) meta.getOrDefault("features", List.of())) {
            features.add(String.valueOf(f));
        }
        Map<String, Object> environment =
                new LinkedHashMap<>((Map<String, Object>) meta.getOrDefault("environment", Map.of()));
        return new RunResult(
                KitVersion.NAME,
                KitVersion.version(),
                String.valueOf(meta.get("name")),
                String.valueOf(meta.get("version")),
                String.valueOf(meta.get("class")),
                features,
                environment,
                timing,
                options.seed(),
                options.tries(),
                options.strict(),
                results);
    }
}
