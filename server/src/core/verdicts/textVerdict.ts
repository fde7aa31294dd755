import { antonymsOf } from "../lexicon/lexicon";
import type { AnalyzedToken } from "../analysis/analyze";
import { contextItems, windowPolarity, windowScore } from "../retrieval/windowMatch";
import { retrieve } from "../retrieval/retrieval";
import type { CorpusIndex, IndexedSentence } from "../index/corpusIndex";
import type { ClaimSentence } from "./claimSentence";
import { evidenceOf } from "./evidence";
import { messages, type MessageLocale } from "./findingMessages";
import type { PendingFinding } from "./pendingFinding";
import { TEXT_CONFLICT, TEXT_SUPPORT } from "./thresholds";
import { polarConceptKey } from "../analysis/indexKeys";

/**
 * Sentences judged for a statement: only the best few matter (its best window, and the best
 * one stating the opposite), where a figure needs every related value to see disagreements.
 */
const STATEMENT_SHORTLIST = 100;

/**
 * Predicates of the claim whose opposite a source could state: concepts that have an antonym
 * (start/stop, approve/refuse…), and the verb a negation bears on. Other concepts under a
 * negation scope are mostly its objects ("refused to approve the restructuring").
 */
function predicates(tokens: AnalyzedToken[]): AnalyzedToken[] {
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
function agrees(preds: AnalyzedToken[], polar: string[]): boolean {
  return preds.every((p) => polar.includes(polarConceptKey(p.concept!, p.negated)));
}

/** Does the window state the opposite of this predicate (its antonym, or the same concept with the other polarity)? */
function opposes(predicate: AnalyzedToken, polar: string[]): boolean {
  const concept = predicate.concept!;
  const same = polarConceptKey(concept, predicate.negated);
  if (polar.includes(same)) return false;
  const flipped = polarConceptKey(concept, !predicate.negated);
  if (polar.includes(flipped)) return true;
  return antonymsOf(concept).some((antonym) => polar.includes(polarConceptKey(antonym, predicate.negated)));
}

export function checkStatement(sentence: ClaimSentence, index: CorpusIndex, locale: MessageLocale): PendingFinding {
  const base = { kind: "text" as const, span: { start: sentence.start, end: sentence.end }, sentence: { start: sentence.start, end: sentence.end }, fixes: [], sourcesDisagree: false };
  const items = contextItems(sentence.tokens, index);
  const preds = predicates(sentence.tokens);

  let best: { sentence: IndexedSentence; score: number } | undefined;
  let opposite: { sentence: IndexedSentence; score: number } | undefined;
  let agreeing = 0;
  // Without its predicates the claim is a question ("did Microsoft … Google Cloud?") the source answers.
  const predItems = items.filter((i) => preds.includes(i.token!));
  let total = 0;
  for (const i of items) total += i.weight;
  let predTotal = 0;
  for (const i of predItems) predTotal += i.weight;
  for (const { sentence: s, score } of retrieve(items, index, { limit: STATEMENT_SHORTLIST })) {
    if (!best || score > best.score) best = { sentence: s, score };
    if (preds.length) {
      // The topic's share: the claim's matched weight without its predicates' (windowScore of `topic`).
      const topicTotal = total - predTotal;
      const topicScore = topicTotal > 0 ? Math.max(0, score * total - windowScore(predItems, s, index) * predTotal) / topicTotal : 0;
      if (topicScore >= TEXT_CONFLICT) {
        const polar = windowPolarity(s, index);
        if (agrees(preds, polar)) agreeing = Math.max(agreeing, topicScore);
        else if ((!opposite || topicScore > opposite.score) && preds.some((p) => opposes(p, polar))) opposite = { sentence: s, score: topicScore };
      }
    }
  }

  // A window that states the claim as it is outweighs a weaker one that states the opposite.
  if (opposite && opposite.score > agreeing) {
    const e = evidenceOf(opposite.sentence);
    return { ...base, verdict: "conflict", message: messages.textConflict(locale, e), evidence: [e] };
  }
  if (best && best.score >= TEXT_SUPPORT) {
    const e = evidenceOf(best.sentence);
    return { ...base, verdict: "supported", message: messages.textSupported(locale, e), evidence: [e] };
  }
  return { ...base, verdict: "unsupported", message: messages.textUnsupported(locale), evidence: [] };
}
