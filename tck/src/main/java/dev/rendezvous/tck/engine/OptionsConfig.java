package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.run.RunOptions;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * {@link RunOptions} as the engine's configuration parameters ({@link ConfigKeys}), both ways:
 * how a vendor's suite states them, and how the options of a run cross into a child JVM (its
 * arguments). The one encoding of options as text; {@code decode(encode(o))} equals {@code o}.
 */
public final class OptionsConfig {
    private OptionsConfig() {}

    /** The parameters that say the same as {@code options}; defaults and empty values left out where absent means them. */
    public static Map<String, String> encode(RunOptions options) {
        Map<String, String> config = new LinkedHashMap<>();
        if (options.stackClass() != null) {
            config.put(ConfigKeys.STACK, options.stackClass());
        }
        if (!options.implJars().isEmpty()) {
            config.put(
                    ConfigKeys.IMPL_JARS,
                    options.implJars().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        }
        config.put(ConfigKeys.SEED, Long.toString(options.seed()));
        config.put(ConfigKeys.TRIES, Integer.toString(options.tries()));
        config.put(ConfigKeys.STRICT, Boolean.toString(options.strict()));
        config.put(ConfigKeys.QUIET_MS, Long.toString(options.knobs().quiet().toMillis()));
        config.put(ConfigKeys.EVENT_MS, Long.toString(options.knobs().event().toMillis()));
        config.put(ConfigKeys.SCALE, Double.toString(options.knobs().scale()));
        if (!options.clauseIds().isEmpty()) {
            config.put(ConfigKeys.CLAUSES, String.join(",", options.clauseIds()));
        }
        if (options.replayToken() != null) {
            config.put(ConfigKeys.REPLAY, options.replayToken());
        }
        return config;
    }

    /** The options the engine's configuration parameters state. */
    public static RunOptions decode(ConfigurationParameters p) {
        return decode(p::get);
    }

    /** The options parameters given as a map state (a child JVM's arguments). */
    public static RunOptions decode(Map<String, String> config) {
        return decode(key -> Optional.ofNullable(config.get(key)));
    }

    /**
     * The options the parameters {@code p} gives state; absent ones are the defaults.
     *
     * @throws KitException naming the parameter that is malformed or out of range
     */
    static RunOptions decode(Function<String, Optional<String>> p) {
        RunOptions o = RunOptions.defaults();
        o = o.withStackClass(p.apply(ConfigKeys.STACK).orElse(null));
        String driver = p.apply(ConfigKeys.DRIVER).orElse(null);
        if (driver != null) {
            o = o.withDriver(driver);
        }
        o = o.withImplJars(
                p.apply(ConfigKeys.IMPL_JARS).map(OptionsConfig::paths).orElse(List.of()));
        String seed = p.apply(ConfigKeys.SEED).orElse(null);
        if (seed != null) {
            o = o.withSeed(
                    "random".equals(seed.trim())
                            ? ThreadLocalRandom.current().nextLong(1L << 48)
                            : number(ConfigKeys.SEED, seed));
        }
        long tries =
                p.apply(ConfigKeys.TRIES).map(v -> number(ConfigKeys.TRIES, v)).orElse((long) o.tries());
        o = o.withTries((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, tries)));
        o = o.withStrict(p.apply(ConfigKeys.STRICT)
                .map(v -> Boolean.parseBoolean(v.trim()))
                .orElse(false));
        Knobs k = o.knobs();
        long quiet = p.apply(ConfigKeys.QUIET_MS)
                .map(v -> number(ConfigKeys.QUIET_MS, v))
                .orElse(k.quiet().toMillis());
        long event = p.apply(ConfigKeys.EVENT_MS)
                .map(v -> number(ConfigKeys.EVENT_MS, v))
                .orElse(k.event().toMillis());
        double scale =
                p.apply(ConfigKeys.SCALE).map(v -> decimal(ConfigKeys.SCALE, v)).orElse(k.scale());
        try {
            o = o.withKnobs(new Knobs(Duration.ofMillis(quiet), Duration.ofMillis(event), scale));
        } catch (IllegalArgumentException e) {
            throw new KitException(e.getMessage());
        }
        Set<String> ids = p.apply(ConfigKeys.CLAUSES)
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return o.withClauseIds(ids).withReplayToken(p.apply(ConfigKeys.REPLAY).orElse(null));
    }

    private static List<Path> paths(String value) {
        List<Path> out = new ArrayList<>();
        for (String part : value.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                out.add(Path.of(part.trim()));
            }
        }
        return out;
    }

    private static long number(String key, String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new KitException(key + " must be a whole number, got '" + v + "'");
        }
    }

    private static double decimal(String key, String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new KitException(key + " must be a number, got '" + v + "'");
        }
    }
}
