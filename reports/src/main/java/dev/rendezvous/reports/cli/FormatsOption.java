package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.render.Format;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns the values of {@code --format} into a set, with a default when none was given. */
final class FormatsOption {
    private FormatsOption() {}

    static Set<Format> of(List<Format> given, Format... defaults) {
        Set<Format> out = EnumSet.noneOf(Format.class);
        if (given == null || given.isEmpty()) {
            out.addAll(List.of(defaults));
        } else {
            out.addAll(given);
        }
        return out;
    }
}
