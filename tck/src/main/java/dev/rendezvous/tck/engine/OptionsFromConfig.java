package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.harness.Knobs;
import dev.rendezvous.tck.run.KitException;
import dev.rendezvous.tck.run.RunOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;

/** Reads {@link RunOptions} from the engine's configuration parameters ({@link ConfigKeys}). */
final class OptionsFromConfig {
    private OptionsFromConfig() {}

    static RunOptions read(ConfigurationParameters p) {
        RunOptions o = RunOptions.defaults();
        o = o.withStackClass(p.get(ConfigKeys.STACK).orElse(null));
        String driver = p.get(ConfigKeys.DRIVER).orElse(null);
        if (driver != null) {
            o = o.withDriver(driver);
        }
        String seed = p.get(ConfigKeys.SEED).orElse(null);
        if (seed != null) {
            o = o.withSeed(
                    "random".equals(seed.trim())
                            ? ThreadLocalRandom.current().nextLong(1L << 48)
                            : number(ConfigKeys.SEED, seed));
        }
        long tries =
                p.get(ConfigKeys.TRIES).map(v -> number(ConfigKeys.TRIES, v)).orElse((long) o.tries());
        if (tries < 1 || tries > 1_000_000) {
            throw new KitException(ConfigKeys.TRIES + " must be between 1 and 1000000, got " + tries);
        }
        o = o.withTries((int) tries);
        o = o.withStrict(p.getBoolean(ConfigKeys.STRICT).orElse(false));
        Knobs k = o.knobs();
        long quiet = p.get(ConfigKeys.QUIET_MS)
                .map(v -> number(ConfigKeys.QUIET_MS, v))
                .orElse(k.quiet().toMillis());
        long event = p.get(ConfigKeys.EVENT_MS)
                .map(v -> number(ConfigKeys.EVENT_MS, v))
                .orElse(k.event().toMillis());
        double scale =
                p.get(ConfigKeys.SCALE).map(v -> decimal(ConfigKeys.SCALE, v)).orElse(k.scale());
        try {
            o = o.withKnobs(new Knobs(Duration.ofMillis(quiet), Duration.ofMillis(event), scale));
        } catch (IllegalArgumentException e) {
            throw new KitException(e.getMessage());
        }
        Set<String> ids = p.get(ConfigKeys.CLAUSES)
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return o.withClauseIds(ids).withReplayToken(p.get(ConfigKeys.REPLAY).orElse(null));
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
