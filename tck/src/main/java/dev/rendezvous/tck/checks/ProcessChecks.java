package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Property;
import java.util.List;

/** The properties that need a second process. */
final class ProcessChecks {
    static final List<Property> ALL = List.of(new UnrelatedProcessConnects(), new UnrelatedProcessServes());

    private ProcessChecks() {}
}
