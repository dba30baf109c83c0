package dev.rendezvous.tck.results;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.property.ShrinkPass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results file format, {@code results.json}. Other tools read these names; they are kept:
 * {@code kit} {name, version}, {@code implementation} {name, version, class}, {@code features},
 * {@code environment}, {@code timing}, {@code seed}, {@code clauses} [{id, level, quote,
 * verdict, reason, cases, durationMillis, counterexample, replay}], {@code summary}.
 */
public final class ResultsJson {
    /** The version of this format; raised when a name changes meaning. */
    public static final int FORMAT = 1;

    private ResultsJson() {}

    /** The run as the map that is written. */
    public static Map<String, Object> toMap(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("kit", ordered("name", r.kitName(), "version", r.kitVersion()));
        m.put(
                "implementation",
                ordered(
                        "name",
                        r.implementationName(),
                        "version",
                        r.implementationVersion(),
                        "class",
                        r.implementationClass()));
        m.put("features", r.features());
        m.put("environment", r.environment());
        m.put("timing", r.timing());
        m.put("seed", r.seed());
        m.put("tries", r.tries());
        m.put("strict", r.strict());
        m.put("gate", r.gatePassed());
        List<Object> clauses = new ArrayList<>();
        for (ClauseResult c : r.clauses()) {
            clauses.add(clauseToMap(c));
        }
        m.put("clauses", clauses);
        Map<String, Object> summary = new LinkedHashMap<>();
        r.summary().forEach((v, n) -> summary.put(v.name(), n));
        m.put("summary", summary);
        return m;
    }

    /** One clause's result as a map. */
    public static Map<String, Object> clauseToMap(ClauseResult c) {
        Clause k = c.clause();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("level", k.level().name());
        m.put("quote", k.quote());
        m.put("checks", k.checks());
        m.put("allowed", k.allowed());
        m.put("verdict", c.verdict().name());
        m.put("reason", c.reason());
        m.put("cases", c.cases());
        m.put("durationMillis", c.durationMillis());
        m.put("counterexample", c.counterexample() == null ? null : counterexampleToMap(c.counterexample()));
        m.put("replay", c.replay());
        return m;
    }

    private static Map<String, Object> counterexampleToMap(FailingCase x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("property", x.property());
        m.put("message", x.message());
        m.put("calls", x.calls());
        m.put("choices", x.choices());
        m.put("shrinkRuns", x.shrinkRuns());
        m.put("detail", x.detail());
        List<Map<String, Object>> passes = new ArrayList<>();
        for (ShrinkPass p : x.shrinkPasses()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("pass", p.name());
            pm.put("runs", p.runs());
            pm.put("shrinks", p.shrinks());
            passes.add(pm);
        }
        m.put("shrinkPasses", passes);
        return m;
    }

    /** Reads back a clause's result written by {@link #clauseToMap}. */
    @SuppressWarnings("unchecked")
    public static ClauseResult clauseFromMap(Map<String, Object> m) {
        Clause clause = Catalogue.require((String) m.get("id"));
        FailingCase x = null;
        Object cx = m.get("counterexample");
        if (cx instanceof Map) {
            Map<String, Object> cm = (Map<String, Object>) cx;
            List<Long> choices = new ArrayList<>();
            for (Object o : (List<Object>) cm.getOrDefault("choices", List.of())) {
                choices.add(((Number) o).longValue());
            }
            List<String> calls = new ArrayList<>();
            for (Object o : (List<Object>) cm.getOrDefault("calls", List.of())) {
                calls.add(String.valueOf(o));
            }
            List<ShrinkPass> passes = new ArrayList<>();
            for (Object o : (List<Object>) cm.getOrDefault("shrinkPasses", List.of())) {
                Map<String, Object> pm = (Map<String, Object>) o;
                passes.add(new ShrinkPass(
                        (String) pm.get("pass"),
                        ((Number) pm.get("runs")).intValue(),
                        ((Number) pm.get("shrinks")).intValue()));
            }
            x = new FailingCase(
                    (String) cm.get("property"),
                    (String) cm.get("message"),
                    calls,
                    choices,
                    ((Number) cm.getOrDefault("shrinkRuns", 0L)).intValue(),
                    (String) cm.get("detail"),
                    passes);
        }
        return new ClauseResult(
                clause,
                Verdict.valueOf((String) m.get("verdict")),
                (String) m.get("reason"),
                ((Number) m.get("cases")).intValue(),
                ((Number) m.get("durationMillis")).longValue(),
                x,
                (String) m.get("replay"));
    }

    /** A clause's result as one line of compact JSON: how it crosses from a child JVM to the parent. */
    public static String clauseToLine(ClauseResult c) {
        return Json.writeCompact(clauseToMap(c));
    }

    /** The clause's result {@link #clauseToLine} wrote. */
    @SuppressWarnings("unchecked")
    public static ClauseResult clauseFromLine(String line) {
        return clauseFromMap((Map<String, Object>) Json.parse(line));
    }

    /**
     * Writes the run to {@code file} atomically: into a temporary file beside it, then moved
     * over it, so a killed run never leaves a half-written results file.
     */
    public static void write(RunResult r, Path file) throws IOException {
        writeAtomically(file, Json.write(toMap(r)));
    }

    /** Writes {@code text} to {@code file} through a temporary file and an atomic move. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile, which makes the file 0600: the file follows the umask, as any other
        Path tmp = dir.resolve("." + file.getFileName() + "."
                + ProcessHandle.current().pid() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
        try {
            Files.writeString(
                    tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
