package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Property;
import java.util.List;

/** The properties that need the network lab. */
final class LabChecks {
    static final List<Property> ALL = List.of();

    private LabChecks() {}
}
