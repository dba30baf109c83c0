package dev.rendezvous.tck.mutants;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The clause a deliberately broken implementation breaks, and how. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Breaks {
    /** The clause's ID. */
    String value();

    /** What the mutant does wrong, in a few words. */
    String how();
}
