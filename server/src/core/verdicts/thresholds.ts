// Decision thresholds of the matcher, on the context score of windowScore (0..1: the IDF-weighted
// share of the claim's words that the source sentence, or the sentence before it, also states).

/** A figure claim is supported by a source figure of equal value stating at least this much of its context. */
export const FIGURE_SUPPORT = 0.2;
/** ...and nearly as well as the best-matching sentence (otherwise the equal value is another fact). */
export const FIGURE_SUPPORT_RELATIVE = 0.7;
/**
 * A value the corpus states at most RARE_VALUE_SENTENCES times is itself evidence (the figure is
 * the answer to the claim's question): the best-matching sentence then supports the claim with
 * this little of its context.
 */
export const FIGURE_SUPPORT_RARE_VALUE = 0.1;
export const RARE_VALUE_SENTENCES = 3;
/** A figure claim conflicts with a source figure of another value only when the fact matches this well. */
export const FIGURE_CONFLICT = 0.45;
/** ...or this well when the sentence (or the one before) states every name of the claim: who the fact is about. */
export const FIGURE_CONFLICT_NAMED = 0.3;
/** Two documents disagree when each states the fact this close to the best match. */
export const DISAGREE_RELATIVE = 0.6;
/** A claim without figures is supported when a window states this much of it. */
export const TEXT_SUPPORT = 0.6;
/** A claim without figures conflicts when a window states this much of the rest and the opposite predicate. */
export const TEXT_CONFLICT = 0.6;
