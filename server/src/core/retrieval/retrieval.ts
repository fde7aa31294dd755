import type { ContextItem } from "./windowMatch";
import { itemMatch, PREFIX_MATCH, PREVIOUS_SENTENCE } from "./windowMatch";
import type { CorpusReader, IndexedSentence } from "../index/corpusIndex";
import { DIRECT, EXACT, LIST, NAMES, PREVIOUS, RANK, ScoreTable } from "./scoreTable";
import { topByRank } from "./topK";
import { isPrefixKey } from "../analysis/indexKeys";

// Retrieval and scoring in one pass over the posting lists of the claim's keys. Walking an item's
// postings tells, for every sentence holding one of its keys (or following one that does), how
// well it states that item: summed over the items, that is the window score of windowMatch,
// computed for every sentence at the cost of the postings alone. Items whose keys are too common
// to walk are scored on the shortlist only, by looking their keys up in each sentence.

/** A sentence of the shortlist with its window score and the claim's names it states (nameBits). */
export interface RetrievedSentence {
  sentence: IndexedSentence;
  /** windowMatch score: the IDF-weighted share of the claim the sentence (or the one before) states. */
  score: number;
  /** Bit i: the sentence (or the one before) states the claim's i-th name item (the first 31 names). */
  names: number;
}

/** How many names a bit set holds. */
export function nameCount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}

export interface RetrievalOptions {
  /** Retrieval-only keys (a figure's value): they rank sentences, they do not score them. */
  extraKeys?: readonly string[];
  /**
   * Figure-kind bits (figureKinds.ts) a sentence must have one of: with a `sure` bit it is kept,
   * with only `maybe` bits `accept` decides. Absent: any sentence.
   */
  kinds?: { sure: number; maybe: number };
  /** Exact filter on the sentences that have only `maybe` bits. */
  accept?: (s: IndexedSentence) => boolean;
  /** Sentences to return at most (SHORTLIST). */
  limit?: number;
  /** The work table (default: one shared by all claims; a test passes a tiny one to make it grow). */
  table?: ScoreTable;
}

/** How many sentences, at most, make the shortlist of one claim. */
const SHORTLIST = 300;
/** Keys in more than this share of the sentences are not walked: they would touch most of the corpus. */
const COMMON_KEY_SHARE = 0.2;
/** Lists whose rarest key is in more than this share of sentences (and FREQUENT_KEY_MIN) are walked only while the shortlist is not full. */
const FREQUENT_KEY_SHARE = 0.002;
const FREQUENT_KEY_MIN = 200;
/** Lists with a key in more sentences than this are not read once the shortlist is full: they are looked up in it. */
const PROBE_LIMIT = 20 * SHORTLIST;
/** Name items tracked as bits of one 32-bit word; a claim's further names (never seen in practice) only weigh. */
const NAME_BITS = 31;

interface KeyList {
  /** Index in the claim's items; -1 for a retrieval-only key. */
  item: number;
  weight: number;
  /** Sentences holding the rarest key. */
  df: number;
  /** Sentences holding the most common key. */
  maxDf: number;
  /** The keys walked (in the corpus, and not too common), full-strength ones first. */
  walk: { ids: readonly number[] | Int32Array; strength: number }[];
  /** Some key is too common to walk: the item is scored by lookup instead. */
  hasCommonKey: boolean;
}

/** One table for all claims: JavaScript runs one check at a time on a thread. */
const sharedTable = new ScoreTable();

/** Full-strength keys before cognate prefixes: the first key that reaches a sentence is its best. */
function strongestFirst(keys: readonly string[]): string[] {
  const full = keys.filter((k) => !isPrefixKey(k));
  return full.length === keys.length ? [...keys] : [...full, ...keys.filter((k) => isPrefixKey(k))];
}

/** Brings the entry at `at` into the list of this stamp (its list matches start at zero); false when it was in already. */
function joinList(state: Float64Array, at: number, stamp: number): boolean {
  if (state[at + LIST] === stamp) return false;
  state[at + LIST] = stamp;
  state[at + DIRECT] = 0;
  state[at + PREVIOUS] = 0;
  return true;
}

/**
 * The shortlist of sentences worth judging for these context items, best first, each with its
 * window score: a claim costs the length of its words' postings, not the size of the corpus.
 */
export function retrieve(items: readonly ContextItem[], index: CorpusReader, options: RetrievalOptions = {}): RetrievedSentence[] {
  const table = options.table ?? sharedTable;
  table.clear();
  let listStamp = 0;
  const limit = options.limit ?? SHORTLIST;
  const commonDf = Math.max(50, index.sentenceCount * COMMON_KEY_SHARE);
  const frequentDf = Math.max(FREQUENT_KEY_MIN, index.sentenceCount * FREQUENT_KEY_SHARE);

  const keyList = (item: number, keys: readonly string[], weight: number): KeyList => {
    const list: KeyList = { item, weight, df: Infinity, maxDf: 0, walk: [], hasCommonKey: false };
    for (const k of strongestFirst(keys)) {
      const df = index.documentFrequency(k);
      if (df === 0) continue;
      list.df = Math.min(list.df, df);
      list.maxDf = Math.max(list.maxDf, df);
      if (df > commonDf) list.hasCommonKey = true;
      else list.walk.push({ ids: index.postingsOf(k), strength: isPrefixKey(k) ? PREFIX_MATCH : 1 });
    }
    return list;
  };
  const lists = items.map((item, i) => keyList(i, item.keys, item.weight));
  for (const k of options.extraKeys ?? []) lists.push(keyList(-1, [k], index.idf(k)));
  // Rare words first: once they have filled the shortlist, frequent ones (a much-cited company)
  // would only add sentences that rank below it; those are scored on the shortlist instead.
  lists.sort((a, b) => a.df - b.df);

  /** Items scored by looking their keys up in the shortlisted sentences. */
  const deferred = new Set<number>();
  const nameBit = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    if (!items[i]!.name) continue;
    if (nameBit.size < NAME_BITS) nameBit.set(i, 1 << nameBit.size);
  }

  const touched = table.ids;
  /** Field offsets of the sentences the current list reached. */
  const inList: number[] = [];

  // Once the shortlist is full, frequent lists bring no new sentences in: they only add to the
  // scores of the sentences already reached ("probe"), or, when too long to read, are looked up
  // in the shortlisted sentences afterwards (deferred).
  let probing = false;
  for (let li = 0; li < lists.length; li++) {
    const list = lists[li]!;
    if (list.df > frequentDf && touched.length >= limit) probing = true;
    if (probing && list.maxDf > PROBE_LIMIT) {
      if (list.item >= 0) deferred.add(list.item);
      continue;
    }
    const stamp = ++listStamp;
    inList.length = 0;
    if (!probing) {
      // Room for every sentence this list can bring in (each posting, and the sentence after it),
      // reserved before the walk: growing the table moves entries, and inList holds their offsets.
      let postings = 0;
      for (const { ids } of list.walk) postings += ids.length;
      table.reserve(postings * 2);
    }
    for (const { ids, strength } of list.walk) {
      const state = table.values;
      for (let n = 0; n < ids.length; n++) {
        const id = ids[n]!;
        const at = probing ? table.find(id) : table.entry(id);
        if (at >= 0) {
          if (joinList(state, at, stamp)) inList.push(at);
          if (strength > state[at + DIRECT]!) state[at + DIRECT] = strength;
        }
        const next = id + 1;
        if (index.previousOf(next) === id) {
          const nextAt = probing ? table.find(next) : table.entry(next);
          if (nextAt < 0) continue;
          if (joinList(state, nextAt, stamp)) inList.push(nextAt);
          if (strength > state[nextAt + PREVIOUS]!) state[nextAt + PREVIOUS] = strength;
        }
      }
    }
    if (list.item >= 0 && list.hasCommonKey) deferred.add(list.item);
    const scored = list.item >= 0 && !deferred.has(list.item);
    const bit = scored ? (nameBit.get(list.item) ?? 0) : 0;
    const state = table.values;
    for (const at of inList) {
      const d = state[at + DIRECT]!;
      const p = state[at + PREVIOUS]!;
      const v = list.weight * Math.max(d, p * PREVIOUS_SENTENCE);
      state[at + RANK] += v;
      if (scored) {
        state[at + EXACT] += v;
        if (bit && (d === 1 || p === 1)) state[at + NAMES] = state[at + NAMES]! | bit;
      }
    }
  }

  const sure = options.kinds?.sure ?? 0;
  const maybe = options.kinds?.maybe ?? 0;
  const accept = options.accept;
  const eligible: number[] = [];
  const ranks: number[] = [];
  const state = table.values;
  for (const id of touched) {
    if (options.kinds) {
      const bits = index.kindBitsOf(id);
      if (!(bits & sure) && !(bits & maybe && accept?.(index.sentence(id)!))) continue;
    } else if (!index.isLive(id)) continue;
    eligible.push(id);
    ranks.push(state[table.find(id) + RANK]!);
  }
  const shortlist = topByRank(eligible, ranks, limit);

  let total = 0;
  for (const item of items) total += item.weight;
  const deferredItems = [...deferred];
  const out: RetrievedSentence[] = [];
  for (const id of shortlist) {
    const sentence = index.sentence(id)!;
    const at = table.find(id);
    let matched = state[at + EXACT]!;
    let names = state[at + NAMES]!;
    if (deferredItems.length) {
      const prev = index.sentence(sentence.prev);
      for (const i of deferredItems) {
        const item = items[i]!;
        const m = itemMatch(item, sentence, prev, index);
        matched += item.weight * m.value;
        if (m.name) names |= nameBit.get(i) ?? 0;
      }
    }
    out.push({ sentence, score: total > 0 ? matched / total : 0, names });
  }
  return out;
}
