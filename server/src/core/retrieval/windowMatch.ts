import type { Span } from "../types";
import type { AnalyzedToken } from "../analysis/analyze";
import type { CorpusReader, IndexedSentence } from "../index/corpusIndex";
import { isPrefixKey, isStemKey, nameKey, stemKey } from "../analysis/indexKeys";

/** One content word of a claim, with what it may match and how much it matters. */
export interface ContextItem {
  keys: string[];
  weight: number;
  name: boolean;
  token?: AnalyzedToken;
}

/** Names weigh more: who did it is the first thing a fact is about. */
const NAME_BOOST = 1.5;
/** A cognate (shared prefix) is weaker evidence than a shared stem or concept. */
export const PREFIX_MATCH = 0.6;
/** A word found only in the previous sentence (pronoun resolution, "the deal") counts half. */
export const PREVIOUS_SENTENCE = 0.5;

export function contextItems(tokens: AnalyzedToken[], index: CorpusReader, exclude: Span[] = []): ContextItem[] {
  const cap = index.rarestIdf();
  const items: ContextItem[] = [];
  for (const token of tokens) {
    if (!token.keys.length) continue;
    if (exclude.some((s) => token.start < s.end && token.end > s.start)) continue;
    // Weigh a word by its best-known key: an English word with a French cognate weighs like the cognate.
    let weight = cap * 0.8;
    let bestDf = 0;
    for (const k of token.keys) {
      const df = index.documentFrequency(k);
      if (df > bestDf) {
        bestDf = df;
        weight = index.idf(k);
      }
    }
    // A capitalised first word is a name when the corpus writes it as one ("Windsurf cost…").
    const name =
      token.name ||
      (token.capitalized &&
        !token.concept &&
        index.documentFrequency(nameKey(token.norm)) > 0 &&
        index.documentFrequency(stemKey(token.norm)) === 0);
    items.push({ keys: token.keys, weight: Math.min(weight, cap) * (name ? NAME_BOOST : 1), name, token });
  }
  return items;
}

/**
 * A capitalised first word is a name when the corpus writes it as one ("Windsurf cost…", "Marsh
 * said…"): every sentence holding the word holds it capitalised, as a name key.
 */
export function writtenAsName(token: AnalyzedToken, index: CorpusReader): boolean {
  if (!token.capitalized || token.concept) return false;
  const asName = index.documentFrequency(nameKey(token.norm));
  if (asName === 0) return false;
  const stemmed = token.keys.find(isStemKey);
  return index.documentFrequency(stemKey(token.norm)) === 0 || (stemmed !== undefined && index.documentFrequency(stemmed) <= asName);
}

/** How well the sentence states the item: 1, PREFIX_MATCH for a cognate only, or 0. */
function matchIn(item: ContextItem, sentence: IndexedSentence, index: CorpusReader): number {
  let best = 0;
  for (const k of item.keys) {
    if (index.holds(k, sentence.id)) {
      const m = isPrefixKey(k) ? PREFIX_MATCH : 1;
      if (m > best) best = m;
      if (best === 1) break;
    }
  }
  return best;
}

/**
 * How much of the claim's context the sentence (with its previous sentence) states, from 0 to 1,
 * and which of the claim's names it states: one pass over the items for both.
 */
export function windowMatch(
  items: ContextItem[],
  sentence: IndexedSentence,
  index: CorpusReader,
): { score: number; names: Set<ContextItem> } {
  let total = 0;
  let matched = 0;
  const names = new Set<ContextItem>();
  const prev = index.sentence(sentence.prev);
  for (const item of items) {
    total += item.weight;
    const m = itemMatch(item, sentence, prev, index);
    if (m.name) names.add(item);
    matched += item.weight * m.value;
  }
  return { score: total > 0 ? matched / total : 0, names };
}

/**
 * How well the window (the sentence, or at half weight the one before it) states one item, and
 * whether it states it as a name (fully, in either sentence).
 */
export function itemMatch(
  item: ContextItem,
  sentence: IndexedSentence,
  prev: IndexedSentence | undefined,
  index: CorpusReader,
): { value: number; name: boolean } {
  const direct = matchIn(item, sentence, index);
  const inPrev = direct < 1 && prev ? matchIn(item, prev, index) : 0;
  return { value: Math.max(direct, inPrev * PREVIOUS_SENTENCE), name: item.name && (direct === 1 || inPrev === 1) };
}

export function windowScore(items: ContextItem[], sentence: IndexedSentence, index: CorpusReader): number {
  return windowMatch(items, sentence, index).score;
}

/** Keys of the window (sentence and previous sentence). */
export function windowPolarity(sentence: IndexedSentence, index: CorpusReader): string[] {
  const prev = index.sentence(sentence.prev);
  return prev ? [...sentence.polar, ...prev.polar] : sentence.polar;
}
