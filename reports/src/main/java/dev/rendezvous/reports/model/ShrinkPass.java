package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of a counterexample's {@code shrinkPasses}: what one pass of the kit's shrinker did
 * (the kit writes them from its {@code dev.rendezvous.tck.property.ShrinkPass}).
 *
 * @param pass the pass's name
 * @param runs how many candidates it ran
 * @param shrinks how many of them it took
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShrinkPass(String pass, int runs, int shrinks) {

    public ShrinkPass {
        pass = pass == null ? "" : pass;
    }
}
