package dev.rendezvous.tck.property;

/**
 * What one pass of the {@link Shrinker} did while shrinking one failure: how many candidates it
 * ran and how many of them it took (each a smaller case that still failed). A pass with many runs
 * and few shrinks is where a slow shrink spent its time.
 *
 * @param name the pass, as the shrinker's documentation lists it ({@code delete-groups}, …)
 * @param runs how many candidates the pass ran
 * @param shrinks how many of them were taken
 */
public record ShrinkPass(String name, int runs, int shrinks) {

    public ShrinkPass {
        if (runs < 0 || shrinks < 0 || shrinks > runs) {
            throw new IllegalArgumentException(
                    "pass " + name + ": " + shrinks + " shrinks out of " + runs + " runs is not a count");
        }
    }
}
