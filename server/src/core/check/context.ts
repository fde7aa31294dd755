import type { Span } from "../types";
import type { AnalyzedToken } from "./analyze";
import type { CorpusIndex, IndexedSentence } from "./corpusIndex";

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
const PREFIX_MATCH = 0.6;
/** A word found only in the previous sentence (pronoun resolution, "the deal") counts half. */
const PREVIOUS_SENTENCE = 0.5;

export function contextItems(tokens: AnalyzedToken[], index: CorpusIndex, exclude: Span[] = []): ContextItem[] {
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
    const name = token.name || (token.capitalized && !token.concept && index.documentFrequency(`n:${token.norm}`) > 0 && index.documentFrequency(`s:${token.norm}`) === 0);
    items.push({ keys: token.keys, weight: Math.min(weight, cap) * (name ? NAME_BOOST : 1), name, token });
  }
  return items;
}

function matchIn(item: ContextItem, keys: readonly string[]): number {
  let best = 0;
  for (const k of item.keys) {
    if (keys.includes(k)) {
      const m = k.startsWith("p:") ? PREFIX_MATCH : 1;
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
export function windowMatch(items: ContextItem[], sentence: IndexedSentence, index: CorpusIndex): { score: number; names: Set<ContextItem> } {
  let total = 0;
  let matched = 0;
  const names = new Set<ContextItem>();
  const prev = index.sentence(sentence.prev);
  for (const item of items) {
    total += item.weight;
    let m = matchIn(item, sentence.keys);
    const inPrev = m < 1 && prev ? matchIn(item, prev.keys) : 0;
    if (item.name && (m === 1 || inPrev === 1)) names.add(item);
    m = Math.max(m, inPrev * PREVIOUS_SENTENCE);
    matched += item.weight * m;
  }
  return { score: total > 0 ? matched / total : 0, names };
}

export function windowScore(items: ContextItem[], sentence: IndexedSentence, index: CorpusIndex): number {
  return windowMatch(items, sentence, index).score;
}

/** Keys of the window (sentence and previous sentence). */
export function windowPolarity(sentence: IndexedSentence, index: CorpusIndex): string[] {
  const prev = index.sentence(sentence.prev);
  return prev ? [...sentence.polar, ...prev.polar] : sentence.polar;
}

/** How many sentences, at most, are scored in full for one claim. */
const SHORTLIST = 300;
/** Sentences holding more than this share of the corpus add nothing to a shortlist: skip such keys. */
const COMMON_KEY_SHARE = 0.2;
/** Keys in more than this share of sentences (and at least FREQUENT_KEY_MIN) are read only while the shortlist is not full. */
const FREQUENT_KEY_SHARE = 0.01;
const FREQUENT_KEY_MIN = 200;

/**
 * Sentences worth scoring for these context items: a shortlist ranked by the IDF weight of the
 * claim words each sentence (or the one before it, at half weight) contains, as in any inverted-
 * index search. Only the shortlist is scored in full, so a claim costs the length of its words'
 * postings, not the size of the corpus. `accept` filters sentences before ranking (e.g. those
 * with a figure of the claim's kind); `extraKeys` add retrieval-only keys (figure values).
 */
export function gatherCandidates(
  items: ContextItem[],
  index: CorpusIndex,
  extraKeys: string[] = [],
  accept: (s: IndexedSentence) => boolean = () => true,
): IndexedSentence[] {
  const commonDf = Math.max(50, index.sentenceCount * COMMON_KEY_SHARE);
  const scores = new Map<number, number>();
  const add = (id: number, w: number, seen: Set<number>) => {
    if (seen.has(id)) return;
    seen.add(id);
    scores.set(id, (scores.get(id) ?? 0) + w);
  };
  const frequentDf = Math.max(FREQUENT_KEY_MIN, index.sentenceCount * FREQUENT_KEY_SHARE);
  const lists: { keys: string[]; weight: number; df: number }[] = [
    ...items.map((i) => ({ keys: i.keys, weight: i.weight })),
    ...extraKeys.map((k) => ({ keys: [k], weight: index.idf(k) })),
  ].map((l) => ({ ...l, df: Math.min(...l.keys.map((k) => index.documentFrequency(k) || Infinity)) }));
  // Rare words first: once they have filled the shortlist, frequent ones (a much-cited company)
  // would only add sentences that rank below it.
  lists.sort((a, b) => a.df - b.df);
  for (const { keys, weight, df: listDf } of lists) {
    if (listDf > frequentDf && scores.size >= SHORTLIST) break;
    const direct = new Set<number>();
    const viaPrevious = new Set<number>();
    for (const k of keys) {
      const df = index.documentFrequency(k);
      if (df === 0 || df > commonDf) continue;
      const w = k.startsWith("p:") ? weight * PREFIX_MATCH : weight;
      for (const id of index.postingsOf(k)) {
        add(id, w, direct);
        const next = index.sentence(id + 1);
        if (next && next.prev === id) add(id + 1, w * PREVIOUS_SENTENCE, viaPrevious);
      }
    }
  }
  const ranked: { s: IndexedSentence; score: number }[] = [];
  for (const [id, score] of scores) {
    const s = index.sentence(id);
    if (s && accept(s)) ranked.push({ s, score });
  }
  ranked.sort((a, b) => b.score - a.score);
  return ranked.slice(0, SHORTLIST).map((r) => r.s);
}
