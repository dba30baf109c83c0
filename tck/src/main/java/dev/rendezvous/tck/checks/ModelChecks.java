package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Property;
import java.util.List;

/** The model-based property: whole sequences of calls against the socket state machine. */
final class ModelChecks {
    static final List<Property> ALL = List.of(new StateMachine());

    private ModelChecks() {}
}
