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
  const cap = index.idf("\u0000never-seen");
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

/** How much of the claim's context the sentence (with its previous sentence) states, from 0 to 1. */
export function windowScore(items: ContextItem[], sentence: IndexedSentence, index: CorpusIndex): number {
  let total = 0;
  let matched = 0;
  const prev = index.sentence(sentence.prev);
  for (const item of items) {
    total += item.weight;
    let m = matchIn(item, sentence.keys);
    if (m < 1 && prev) m = Math.max(m, matchIn(item, prev.keys) * PREVIOUS_SENTENCE);
    matched += item.weight * m;
  }
  return total > 0 ? matched / total : 0;
}

/** The names of the claim (as context items) that the window states. */
export function namesInWindow(items: ContextItem[], sentence: IndexedSentence, index: CorpusIndex): Set<ContextItem> {
  const prev = index.sentence(sentence.prev);
  const found = new Set<ContextItem>();
  for (const item of items) {
    if (item.name && (matchIn(item, sentence.keys) === 1 || (prev && matchIn(item, prev.keys) === 1))) found.add(item);
  }
  return found;
}

/** Keys of the window (sentence and previous sentence). */
export function windowPolarity(sentence: IndexedSentence, index: CorpusIndex): string[] {
  const prev = index.sentence(sentence.prev);
  return prev ? [...sentence.polar, ...prev.polar] : sentence.polar;
}

/**
 * Sentences worth scoring for these context items: those sharing a rare-enough key, and the
 * sentence after each (its previous-sentence window may hold the match). Very common keys are
 * read last and only while the candidate set is small, so a large corpus stays fast.
 */
export function gatherCandidates(items: ContextItem[], index: CorpusIndex, extraKeys: string[] = [], limit = 4000): IndexedSentence[] {
  const keys = [...new Set([...items.flatMap((i) => i.keys), ...extraKeys])]
    .map((k) => ({ k, df: index.documentFrequency(k) }))
    .filter((e) => e.df > 0)
    .sort((a, b) => a.df - b.df);
  const ids = new Set<number>();
  for (const { k } of keys) {
    if (ids.size >= limit) break;
    for (const id of index.postingsOf(k)) {
      ids.add(id);
      const next = index.sentence(id + 1);
      if (next && next.prev === id) ids.add(id + 1);
    }
  }
  const out: IndexedSentence[] = [];
  for (const id of ids) {
    const s = index.sentence(id);
    if (s) out.push(s);
  }
  return out;
}
