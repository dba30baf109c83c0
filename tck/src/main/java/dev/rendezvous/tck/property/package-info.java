/**
 * The kit's own property engine, in the style of Hypothesis. It knows nothing about sockets.
 *
 * <p>A property is a {@link dev.rendezvous.tck.property.Trial}: it draws every value it needs from
 * a {@link dev.rendezvous.tck.property.Choices} (directly or through
 * {@link dev.rendezvous.tck.property.Gen generators}), runs its check and returns a
 * {@link dev.rendezvous.tck.property.TrialOutcome}. {@code Choices} records each draw as one
 * number, offset 0 being the simplest value, so a case <em>is</em> its choice sequence:
 * <ul>
 *   <li>the {@link dev.rendezvous.tck.property.PropertyRunner} generates cases from a seed, and
 *       at the first failure shrinks the failing sequence (deleting, zeroing, lowering,
 *       sorting, redistributing choices) to the shortlex-smallest one it can find that still
 *       fails; generators need no shrinking code of their own;</li>
 *   <li>a {@link dev.rendezvous.tck.property.ReplayToken} carries the property id, the seed and
 *       the shrunk sequence in one copy-pasteable string, and
 *       {@link dev.rendezvous.tck.property.PropertyRunner#replay} runs that one case again.</li>
 * </ul>
 *
 * <p><b>Stateful properties.</b> A model-based property that generates a sequence of calls needs
 * nothing more: it draws each step from the same {@code Choices} after the previous call has
 * returned, so the choice of a step may depend on earlier outcomes. Wrapping each step, with the
 * flag that announced it, in {@link dev.rendezvous.tck.property.Choices#group} lets the shrinker
 * delete whole steps. Replay is exact as long as the implementation under test gives the same
 * outcomes for the same calls: then every draw sees the same state as in the original run, and
 * the run repeats call for call. Where outcomes vary (timing, ports the system hands out), the
 * trial should draw nothing from them, or replay may take another path.
 *
 * <p><b>Bounds.</b> Nothing here runs forever: a trial makes at most
 * {@link dev.rendezvous.tck.property.Choices#MAX_DRAWS} draws, a run makes at most the configured
 * tries (plus ten times as many invalid ones), and shrinking stops at its run count or its wall
 * time, whichever comes first. The engine does not put a deadline on a single trial; a caller
 * whose trial can block must do that itself.
 */
package dev.rendezvous.tck.property;
