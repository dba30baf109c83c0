package dev.rendezvous.tck.run;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.property.ReplayToken;

/** Reads a replay token as the user gave it: malformed tokens and unknown properties are one clear error. */
public final class Replays {
    private Replays() {}

    /**
     * The token, checked against this kit's properties.
     *
     * @throws KitException when it is malformed or names a property this kit does not have
     */
    public static ReplayToken parse(String token) {
        ReplayToken t;
        try {
            t = ReplayToken.parse(token);
        } catch (IllegalArgumentException e) {
            throw new KitException("not a replay token: " + e.getMessage());
        }
        property(t);
        return t;
    }

    /** The property a parsed token names. */
    public static Property property(ReplayToken t) {
        return Checks.byId(t.propertyId())
                .orElseThrow(() -> new KitException(
                        "the replay token names property " + t.propertyId() + ", which this kit does not have"));
    }

    /** The clause a token's case belongs to. */
    public static Clause clauseOf(String token) {
        return property(parse(token)).clause();
    }
}
