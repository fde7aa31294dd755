import type { AnalyzedToken } from "../analysis/analyze";
import { polarConceptKey } from "../analysis/indexKeys";
import { antonymsOf } from "../lexicon/lexicon";

// The predicates of a claim that a source can state the other way round, and how a source
// window's concept keys (with their polarity) stand to them. Shared by statements and by the
// figure check, which compares the predicate of a figure's clause too ("revenue fell 11 %"
// against "revenue rose 11 %").

/**
 * Predicates of the claim whose opposite a source could state: concepts that have an antonym
 * (start/stop, approve/refuse…), and the verb a negation bears on. Other concepts under a
 * negation scope are mostly its objects ("refused to approve the restructuring").
 */
export function predicates(tokens: readonly AnalyzedToken[]): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  let previousNegated = false;
  for (const t of tokens) {
    if (!t.keys.length) continue;
    // The first content word under a negation is its verb ("ne déploie pas de soldats"); the
    // following ones are its objects.
    const negationHead = t.negated && !previousNegated;
    if (t.concept && (antonymsOf(t.concept).length || negationHead)) out.push(t);
    previousNegated = t.negated;
  }
  return out;
}

/** Does the window state every predicate the way the claim does? */
export function agrees(preds: readonly AnalyzedToken[], polar: readonly string[]): boolean {
  return preds.every((p) => polar.includes(polarConceptKey(p.concept!, p.negated)));
}

/** Does the window state the opposite of this predicate (its antonym, or the same concept with the other polarity)? */
export function opposes(predicate: AnalyzedToken, polar: readonly string[]): boolean {
  const concept = predicate.concept!;
  if (polar.includes(polarConceptKey(concept, predicate.negated))) return false;
  if (polar.includes(polarConceptKey(concept, !predicate.negated))) return true;
  return antonymsOf(concept).some((antonym) => polar.includes(polarConceptKey(antonym, predicate.negated)));
}

/** The first predicate the window states the other way round, unless it states them all as the claim does. */
export function opposedPredicate(preds: readonly AnalyzedToken[], polar: readonly string[]): AnalyzedToken | undefined {
  if (!preds.length || agrees(preds, polar)) return undefined;
  return preds.find((p) => opposes(p, polar));
}
