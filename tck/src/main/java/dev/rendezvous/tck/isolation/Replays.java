package dev.rendezvous.tck.isolation;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.property.ReplayToken;
import dev.rendezvous.tck.run.KitException;

/** The clause a replay token belongs to. */
final class Replays {
    private Replays() {}

    static Clause clauseOf(String token) {
        ReplayToken t;
        try {
            t = ReplayToken.parse(token);
        } catch (IllegalArgumentException e) {
            throw new KitException("not a replay token: " + e.getMessage());
        }
        return Checks.byId(t.propertyId())
                .orElseThrow(() -> new KitException("the replay token names property " + t.propertyId()
                        + ", which this kit does not have"))
                .clause();
    }
}
