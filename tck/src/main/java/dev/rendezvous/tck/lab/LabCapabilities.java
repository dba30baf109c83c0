package dev.rendezvous.tck.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What this machine lets the kit do to make a {@link NetworkLab}, as found by
 * {@link LabProbe#probe()}: which {@link LabMode}s work (and, for each that does not, the
 * precise reason), the programs the lab uses, and whether the lab's gateway can run.
 *
 * @param uid         the effective user id of this process ({@code -1} if unknown)
 * @param unavailable for each mode that cannot be used, why; a mode absent here works
 * @param ip          {@code ip} (iproute2), if found
 * @param unshare     {@code unshare} (util-linux), if found
 * @param nsenter     {@code nsenter} (util-linux), if found
 * @param python      the resolved Python 3 interpreter (not a shim) that runs the lab's
 *                    gateway, if usable; without it the targets the gateway answers are left out
 * @param tunDevice   whether {@code /dev/net/tun} exists (for the record; the lab does not need it)
 */
public record LabCapabilities(
        int uid,
        Map<LabMode, String> unavailable,
        Optional<Path> ip,
        Optional<Path> unshare,
        Optional<Path> nsenter,
        Optional<Path> python,
        boolean tunDevice) {

    /** Copies the map; a mode is usable exactly when it has no reason here. */
    public LabCapabilities {
        Map<LabMode, String> copy = new EnumMap<>(LabMode.class);
        copy.putAll(unavailable);
        unavailable = Map.copyOf(copy);
    }

    /** Whether a lab can be made in this mode. */
    public boolean usable(LabMode mode) {
        return !unavailable.containsKey(mode);
    }

    /** The mode {@link NetworkLab#open(LabCapabilities)} uses: {@code NETNS} when root, else the user namespace. */
    public Optional<LabMode> preferredMode() {
        return Arrays.stream(LabMode.values()).filter(this::usable).findFirst();
    }

    /** Whether any lab can be made here. */
    public boolean canOpen() {
        return preferredMode().isPresent();
    }

    /** Why this mode cannot be used; empty when it can. */
    public Optional<String> whyNot(LabMode mode) {
        return Optional.ofNullable(unavailable.get(mode));
    }

    /** Why no lab can be made at all (every mode's reason); empty when one can. */
    public Optional<String> whyNot() {
        if (canOpen()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (LabMode mode : LabMode.values()) {
            reasons.add(mode.how() + ": " + unavailable.get(mode));
        }
        return Optional.of("no network lab can be made here; " + String.join("; ", reasons));
    }

    /** Whether the lab's gateway can run, so that the targets it answers are offered. */
    public boolean gateway() {
        return python.isPresent();
    }

    /** A few lines for the environment section of a report. */
    public String summary() {
        StringBuilder text = new StringBuilder("network lab: uid ").append(uid);
        for (LabMode mode : LabMode.values()) {
            text.append("\n  ")
                    .append(mode.how())
                    .append(": ")
                    .append(whyNot(mode).orElse("usable"));
        }
        text.append("\n  gateway (ICMP / reset targets): ")
                .append(python.map(p -> "usable, " + p).orElse("not available: no usable python3"))
                .append("\n  /dev/net/tun: ")
                .append(tunDevice ? "present" : "absent")
                .append(" (not needed)");
        return text.toString();
    }
}
