// How sure a verdict is, from 0 to 1, from the match scores that decided it. Every finding
// carries one: the JSON report and the hover show it, and callers may hide the unsupported
// findings below a minimum (a claim that half matches a source is a weaker "unsupported" than
// one nothing resembles). A conflict is only called when it is sure enough.

/** Conflicts below this confidence are not called: a false conflict costs a writer more than a missed one. */
export const CONFLICT_MIN_CONFIDENCE = 0.6;

const clamp = (x: number) => Math.max(0, Math.min(1, x));

/** A supported claim: how much of it the evidence states (a support threshold of `floor` gives 0.5). */
export function supportConfidence(score: number, floor: number): number {
  return clamp(0.5 + (0.5 * (score - floor)) / Math.max(1e-9, 1 - floor));
}

/** A conflict: how well the contradicting evidence states the rest of the claim, above the threshold that let it through. */
export function conflictConfidence(score: number, floor: number): number {
  return clamp(0.6 + (0.4 * (score - floor)) / Math.max(1e-9, 1 - floor));
}

/** Unsupported: the less the best source sentence states of the claim, the surer. */
export function unsupportedConfidence(bestScore: number): number {
  return clamp(1 - 0.7 * bestScore);
}
