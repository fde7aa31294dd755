// A small in-memory index over the part of the archive a draft touches. It answers what checking
// reads (CorpusReader) exactly as the embedded index over the whole archive would: frequencies
// from the archive's statistics, postings of every key it was given in full, and sentence ids
// laid out like the embedded index's (documents in archive order, a document's sentences
// consecutive), so that ranking ties and "the next sentence" come out the same. What it was not
// given it records as a miss and answers as absent; the caller fetches the misses and checks again.
//
// Retrieval walks postings and reads only each sentence's previous-sentence link and figure kinds
// there: those come light (a few numbers a sentence). Whole sentences (keys, figures) are fetched
// only for the ones checking reads further, the shortlists and their previous sentences.
//
// A key held by more than WALK_CAP sentences is not given in full: the archive returns, through
// its GIN index, at most WALK_CAP of its holders, those that share most of the rarer keys the
// check asked about (its context). Memory and time per claim then stay flat as the archive grows;
// an archive whose walked keys all stay under the cap (retrieval walks no key in more than a fifth
// of the sentences: archives of up to 10,000 sentences, as every evaluation corpus, always) gets
// exactly the embedded index's findings.
import { spellingKey } from "../core/analysis/nameForms";
import type { Figure } from "../core/figures";
import type { Lang } from "../core/types";
import { inverseFrequency, StoredDocument, type CorpusReader, type IndexedDocument, type IndexedSentence } from "../core/index/corpusIndex";

/** A document of the archive as the view knows it; its text is fetched only when a quote needs it. */
export interface ArchiveDocument {
  seq: number;
  path: string;
  id: string;
  lang: Lang;
  size: number;
  mtimeMs: number;
  sentenceCount: number;
  text?: string;
}

/** What retrieval reads of a sentence it walks past. */
export interface SentenceLink {
  prev: number;
  kindBits: number;
}

export interface ArchiveSentence extends SentenceLink {
  doc: number;
  n: number;
  ordinal: number;
  start: number;
  end: number;
  keys: string[];
  polar: string[];
  figures: Figure[];
  allKeys: string[];
}

/** Holders given at most for one key (see the head of this file). */
export const WALK_CAP = 2_000;

/** What a check asked for that the view did not hold. */
export interface ViewMisses {
  frequencies: Set<string>;
  /** Spelling keys of names asked about. */
  spellings: Set<string>;
  postings: Set<string>;
  /** "doc:n" of sentences read whole. */
  sentences: Set<string>;
  texts: Set<number>;
}

function emptyMisses(): ViewMisses {
  return { frequencies: new Set(), spellings: new Set(), postings: new Set(), sentences: new Set(), texts: new Set() };
}

export function hasMisses(m: ViewMisses): boolean {
  return m.frequencies.size + m.spellings.size + m.postings.size + m.sentences.size + m.texts.size > 0;
}

export function sentenceKey(doc: number, n: number): string {
  return `${doc}:${n}`;
}

/** Everything fetched from the archive for the drafts checked in one snapshot. */
export class ArchiveData {
  constructor(
    /** Holders given at most for one key (WALK_CAP; tests make it small). */
    readonly walkCap = WALK_CAP,
  ) {}

  sentenceTotal = 0;
  /** Documents left out (a draft kept in the archive is not its own source), and their sentences a key. */
  readonly excluded = new Set<number>();
  readonly excludedKeys = new Map<string, number>();
  readonly frequencies = new Map<string, number>();
  /** Whether the archive writes a name of each spelling key asked about. */
  readonly spellings = new Map<string, boolean>();
  /** Holders ("doc:n" pairs as [doc, n]) of the keys fetched, in full or (capped) in part. */
  readonly postings = new Map<string, [number, number][]>();
  /** Of the keys fetched in part, the context keys their holders were chosen by. */
  readonly capped = new Map<string, Set<string>>();
  /** Holders kept in postings, over all keys (the cache starts afresh above a bound). */
  postingCount = 0;
  readonly documents = new Map<number, ArchiveDocument>();
  /** Links of the sentences retrieval can walk past, by "doc:n". */
  readonly links = new Map<string, SentenceLink>();
  /** Sentences read whole, by "doc:n". */
  readonly sentences = new Map<string, ArchiveSentence>();
}

const NOT_A_SENTENCE = -2;

/** The document as the index sees it; reading its text before it was fetched records a miss. */
function viewDocument(source: ArchiveDocument, misses: ViewMisses): IndexedDocument {
  const { id, path, lang, size, mtimeMs } = source;
  return new StoredDocument({
    id,
    path,
    lang,
    size,
    mtimeMs,
    get text() {
      if (source.text !== undefined) return source.text;
      misses.texts.add(source.seq);
      return "";
    },
  });
}

interface Range {
  seq: number;
  base: number;
  count: number;
}

export class ArchiveView implements CorpusReader {
  readonly misses = emptyMisses();
  /** Keys whose frequency this run asked about: the context of capped keys. */
  readonly asked = new Set<string>();

  /** Forgets the misses of the last run: the view serves another check. */
  resetMisses(): void {
    for (const set of Object.values(this.misses) as Set<unknown>[]) set.clear();
    this.asked.clear();
  }

  private readonly whole = new Map<number, IndexedSentence>();
  private readonly allKeys = new Map<number, Set<string>>();
  private readonly links = new Map<number, SentenceLink>();
  private readonly postings = new Map<string, number[]>();
  /** First id of each document, in id order. */
  private readonly ranges: Range[] = [];
  private readonly baseOf = new Map<number, number>();
  private readonly views = new Map<number, IndexedDocument>();

  constructor(
    private readonly data: ArchiveData,
    readonly version: number,
  ) {
    // Ids as the embedded index lays them out: a document's sentences consecutive, documents in
    // archive order; one unused id between documents stands for the documents not fetched.
    const docs = [...data.documents.values()].sort((a, b) => a.seq - b.seq);
    let base = 0;
    for (const d of docs) {
      this.ranges.push({ seq: d.seq, base, count: d.sentenceCount });
      this.baseOf.set(d.seq, base);
      this.views.set(d.seq, viewDocument(d, this.misses));
      base += d.sentenceCount + 1;
    }
    for (const [key, link] of data.links) {
      const id = this.idOfKey(key);
      if (id !== undefined) this.links.set(id, link);
    }
    for (const s of data.sentences.values()) {
      const docBase = this.baseOf.get(s.doc);
      if (docBase === undefined) continue;
      const id = docBase + s.n;
      const doc = this.views.get(s.doc)!;
      this.whole.set(id, {
        id,
        doc,
        ordinal: s.ordinal,
        start: s.start,
        end: s.end,
        lang: doc.lang,
        keys: s.keys,
        polar: s.polar,
        figures: s.figures,
        prev: s.prev < 0 ? -1 : docBase + s.prev,
      });
      this.allKeys.set(id, new Set(s.allKeys));
      this.links.set(id, s);
    }
    for (const [key, holders] of data.postings) {
      const ids: number[] = [];
      for (const [doc, n] of holders) {
        const docBase = this.baseOf.get(doc);
        if (docBase !== undefined) ids.push(docBase + n);
      }
      this.postings.set(
        key,
        ids.sort((a, b) => a - b),
      );
    }
  }

  private idOfKey(key: string): number | undefined {
    const at = key.indexOf(":");
    const base = this.baseOf.get(Number(key.slice(0, at)));
    return base === undefined ? undefined : base + Number(key.slice(at + 1));
  }

  get sentenceCount(): number {
    return this.data.sentenceTotal;
  }

  documentFrequency(key: string): number {
    this.asked.add(key);
    const df = this.data.frequencies.get(key);
    if (df === undefined) {
      this.misses.frequencies.add(key);
      return 0;
    }
    return df;
  }

  idf(key: string): number {
    return inverseFrequency(this.data.sentenceTotal, this.documentFrequency(key));
  }

  rarestIdf(): number {
    return inverseFrequency(this.data.sentenceTotal, 1);
  }

  hasNameSpeltLike(norm: string): boolean {
    if (norm.length < 4) return false;
    const key = spellingKey(norm);
    const known = this.data.spellings.get(key);
    if (known === undefined) this.misses.spellings.add(key);
    return known ?? false;
  }

  postingsOf(key: string): readonly number[] {
    const ids = this.postings.get(key);
    const context = this.data.capped.get(key);
    // Holders chosen by a context that lacks a key asked since: chosen again with it.
    if (ids && context && !this.coveredBy(context)) this.misses.postings.add(key);
    if (ids) return ids;
    this.misses.postings.add(key);
    return [];
  }

  /** Whether a capped key's context holds every walkable key this run asked about. */
  private coveredBy(context: ReadonlySet<string>): boolean {
    for (const k of this.asked) {
      const df = this.data.frequencies.get(k);
      if (df !== undefined && df > 0 && df <= this.data.walkCap && !context.has(k)) return false;
    }
    return true;
  }

  holds(key: string, id: number): boolean {
    const keys = this.allKeys.get(id);
    if (keys) return keys.has(key);
    this.missSentence(id);
    return false;
  }

  sentence(id: number): IndexedSentence | undefined {
    if (id < 0) return undefined;
    const s = this.whole.get(id);
    if (s) return s;
    if (!this.missSentence(id)) return undefined;
    // Checking reads the sentences retrieval returns without asking whether they exist: until the
    // sentence is fetched, a stand-in with nothing in it keeps this (discarded) run going.
    const range = this.rangeOf(id)!;
    const doc = this.views.get(range.seq)!;
    const prev = this.previousOf(id);
    return { id, doc, ordinal: id - range.base, start: 0, end: 0, lang: doc.lang, keys: [], polar: [], figures: [], prev };
  }

  previousOf(id: number): number {
    const link = this.links.get(id);
    if (link) {
      if (link.prev < 0) return -1;
      // The previous sentence is the one before in the same document (documentAnalysis.ts).
      return id - 1;
    }
    return this.missSentence(id) ? -1 : NOT_A_SENTENCE;
  }

  kindBitsOf(id: number): number {
    const link = this.links.get(id);
    if (link) return link.kindBits;
    this.missSentence(id);
    return 0;
  }

  isLive(id: number): boolean {
    if (this.links.has(id)) return true;
    return this.missSentence(id);
  }

  /** Records a sentence of a fetched document that was not fetched; false for an id that is no sentence. */
  private missSentence(id: number): boolean {
    const range = this.rangeOf(id);
    if (!range) return false;
    this.misses.sentences.add(sentenceKey(range.seq, id - range.base));
    return true;
  }

  private rangeOf(id: number): Range | undefined {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = this.ranges[mid]!;
      if (id < r.base) hi = mid - 1;
      else if (id >= r.base + r.count) lo = mid + 1;
      else return r;
    }
    return undefined;
  }
}
