package dev.rendezvous.tck.lab;

import dev.rendezvous.api.Errno;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of {@link LabConnectProbe}'s output, read back: the target, how long the connect
 * took, and the JDK's exception, mapped to an errno by its message (the JDK's messages are
 * the platform's {@code strerror} texts, as the errno table holds them).
 */
record ConnectOutcome(LabTarget target, Duration took, String outcome) {
    /** The errno whose usual message the exception carries; empty if none does. */
    Optional<Errno> errno() {
        int colon = outcome.indexOf(": ");
        String message = colon < 0 ? outcome : outcome.substring(colon + 2);
        return Arrays.stream(Errno.values())
                .filter(e -> e.message().equals(message))
                .findFirst();
    }

    /** Reads every {@code result} line of the probe's output. */
    static Map<LabTarget, ConnectOutcome> parse(String output) {
        Map<LabTarget, ConnectOutcome> outcomes = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            String[] words = line.strip().split(" ", 4);
            if (words.length == 4 && words[0].equals("result")) {
                LabTarget target = LabTarget.valueOf(words[1]);
                outcomes.put(target, new ConnectOutcome(target, Duration.ofMillis(Long.parseLong(words[2])), words[3]));
            }
        }
        return outcomes;
    }

    @Override
    public String toString() {
        return target + " after " + took.toMillis() + " ms: " + outcome;
    }
}
