package dev.rendezvous.tck.check;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two timing knobs that judge every blocking call, and one scale factor for slow machines.
 *
 * @param quiet how long "nothing happens" must hold (a blocking accept with nothing pending has
 *     not returned after it); short
 * @param event how long to wait for something that must happen (a pending accept returns once a
 *     client connects); long
 * @param scale stretches both (a loaded CI box sets 2 or 3)
 */
public record Knobs(Duration quiet, Duration event, double scale) {
    /** The longest a scaled knob may be: a day. */
    public static final Duration LONGEST = Duration.ofDays(1);

    /** 100 ms quiet window, 5 s event deadline, scale 1. */
    public static final Knobs DEFAULT = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(5), 1.0);

    public Knobs {
        if (quiet.isNegative() || quiet.isZero()) {
            throw new IllegalArgumentException(
                    "the quiet window must be a positive number of milliseconds, got " + quiet.toMillis());
        }
        if (event.isNegative() || event.isZero()) {
            throw new IllegalArgumentException(
                    "the event deadline must be a positive number of milliseconds, got " + event.toMillis());
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be a positive number, got " + scale);
        }
        if (event.toMillis() * scale > LONGEST.toMillis() || quiet.toMillis() * scale > LONGEST.toMillis()) {
            throw new IllegalArgumentException("the scale " + scale + " stretches the event deadline ("
                    + Math.max(event.toMillis(), quiet.toMillis()) + " ms) beyond a day");
        }
    }

    /** The quiet window, scaled. */
    public Duration quietWindow() {
        return scaled(quiet);
    }

    /** The event deadline, scaled. */
    public Duration eventDeadline() {
        return scaled(event);
    }

    /** How long one call may run before it counts as hung: twice the event deadline, scaled. */
    public Duration callDeadline() {
        return eventDeadline().multipliedBy(2);
    }

    private Duration scaled(Duration d) {
        return Duration.ofNanos((long) (d.toNanos() * scale));
    }

    /** The effective values, for the results file. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quietMillis", quiet.toMillis());
        m.put("eventMillis", event.toMillis());
        m.put("scale", scale);
        m.put("effectiveQuietMillis", quietWindow().toMillis());
        m.put("effectiveEventMillis", eventDeadline().toMillis());
        m.put("callDeadlineMillis", callDeadline().toMillis());
        return m;
    }
}
