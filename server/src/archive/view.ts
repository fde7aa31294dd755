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

export interface ArchiveSentence {
  prev: number;
  kindBits: number;
  doc: number;
  n: number;
  ordinal: number;
  start: number;
  end: number;
  keys: string[];
  polar: string[];
  figures: Figure[];
  allKeys: string[];
  /** allKeys as a set, made when a check first asks whether the sentence holds a key. */
  keySet?: Set<string>;
}

/** Holders given at most for one key (see the head of this file). */
export const WALK_CAP = 2_000;

/** A sentence of the archive as one number: its document's seq and its position in it (see sentenceCode). */
export type SentenceCode = number;

/** Sentences a document holds at most for its code; seqs stay under 2^32, so a code stays an exact double. */
const N_SPAN = 2 ** 21;

export function sentenceCode(doc: number, n: number): SentenceCode {
  return doc * N_SPAN + n;
}

export function sentenceOf(code: SentenceCode): { doc: number; n: number } {
  const doc = Math.floor(code / N_SPAN);
  return { doc, n: code - doc * N_SPAN };
}

/** What a check asked for that the view did not hold. */
export interface ViewMisses {
  frequencies: Set<string>;
  /** Spelling keys of names asked about. */
  spellings: Set<string>;
  postings: Set<string>;
  /** Sentences read whole. */
  sentences: Set<SentenceCode>;
  texts: Set<number>;
}

function emptyMisses(): ViewMisses {
  return { frequencies: new Set(), spellings: new Set(), postings: new Set(), sentences: new Set(), texts: new Set() };
}

export function hasMisses(m: ViewMisses): boolean {
  return m.frequencies.size + m.spellings.size + m.postings.size + m.sentences.size + m.texts.size > 0;
}

/** A link not fetched, in DocumentLinks.prev. */
const UNKNOWN_LINK = -3;

/** The links fetched of one document's sentences, by position (UNKNOWN_LINK where not fetched): a few bytes a sentence. */
interface DocumentLinks {
  prev: Int32Array;
  kindBits: Int32Array;
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
  /** Holders of the keys fetched, in full or (capped) in part, as sentence codes in increasing order. */
  readonly postings = new Map<string, Float64Array>();
  /** Of the keys fetched in part, the context keys their holders were chosen by. */
  readonly capped = new Map<string, Set<string>>();
  /** Holders kept in postings, over all keys (the cache starts afresh above a bound). */
  postingCount = 0;
  readonly documents = new Map<number, ArchiveDocument>();
  /** Links of the sentences retrieval can walk past, by document. */
  private readonly links = new Map<number, DocumentLinks>();
  /** Links kept, over all documents. */
  linkCount = 0;
  /** Sentences read whole, by sentence code. */
  readonly sentences = new Map<SentenceCode, ArchiveSentence>();

  setLink(doc: number, n: number, prev: number, kindBits: number): void {
    let links = this.links.get(doc);
    if (!links || n >= links.prev.length) {
      const size = Math.max(n + 1, 2 * (links?.prev.length ?? 8));
      const grown = { prev: new Int32Array(size).fill(UNKNOWN_LINK), kindBits: new Int32Array(size) };
      if (links) {
        grown.prev.set(links.prev);
        grown.kindBits.set(links.kindBits);
      }
      this.links.set(doc, (links = grown));
    }
    if (links.prev[n] === UNKNOWN_LINK) this.linkCount++;
    links.prev[n] = prev;
    links.kindBits[n] = kindBits;
  }

  /** The sentence's previous-sentence link (-1 at a paragraph's start), or UNKNOWN_LINK. */
  linkPrev(doc: number, n: number): number {
    const links = this.links.get(doc);
    return links && n < links.prev.length ? links.prev[n]! : UNKNOWN_LINK;
  }

  kindBits(doc: number, n: number): number {
    const links = this.links.get(doc);
    return links && n < links.prev.length ? links.kindBits[n]! : 0;
  }
}

const NOT_A_SENTENCE = -2;

interface ViewDocument {
  doc: IndexedDocument;
  /** Whether the text was there when `doc` was made (its line map is built from the text once). */
  withText: boolean;
}

/** The document as the index sees it; reading its text before it was fetched records a miss. */
function viewDocument(source: ArchiveDocument, miss: (seq: number) => void): ViewDocument {
  const { id, path, lang, size, mtimeMs } = source;
  const doc = new StoredDocument({
    id,
    path,
    lang,
    size,
    mtimeMs,
    get text() {
      if (source.text !== undefined) return source.text;
      miss(source.seq);
      return "";
    },
  });
  return { doc, withText: source.text !== undefined };
}

interface Range {
  seq: number;
  base: number;
  count: number;
}

/**
 * The view of one draft's checks while the archive does not change. After a fetch it is laid out
 * again (refresh) rather than made anew: its answers to what was there before stay the same, so a
 * checker's results resting only on those stay valid (DraftChecker's `settled`). Sentences,
 * postings and links are turned into ids when a check reads them, not at each layout.
 */
export class ArchiveView implements CorpusReader {
  readonly misses = emptyMisses();
  /** Keys whose frequency this run asked about: the context of capped keys. */
  readonly asked = new Set<string>();
  /** Reads answered as absent, ever, and at the last `settled()`. */
  private missCount = 0;
  private settledAt = 0;
  /** missCount at the last frequency miss. */
  private frequencyMissAt = -1;

  /** Forgets the misses of the last run: the view serves another check. */
  resetMisses(): void {
    for (const set of Object.values(this.misses) as Set<unknown>[]) set.clear();
    this.asked.clear();
    this.settledAt = this.missCount;
  }

  /** Whether every read since the last call was answered from data the view holds (the sentence checked since is final). */
  settled(): boolean {
    const settled = this.missCount === this.settledAt;
    this.settledAt = this.missCount;
    return settled;
  }

  /** Documents in id order, and each document's first id. */
  private ranges: Range[] = [];
  private baseOf = new Map<number, number>();
  private readonly views = new Map<number, ViewDocument>();
  private whole = new Map<number, IndexedSentence>();
  private postings = new Map<string, Int32Array>();
  private lastRange?: Range;

  constructor(
    private readonly data: ArchiveData,
    readonly version: number,
  ) {
    this.refresh();
  }

  /**
   * Lays the ids out again over what was fetched, as the embedded index lays them out: a
   * document's sentences consecutive, documents in archive order, one unused id between
   * documents standing for the documents not fetched.
   */
  refresh(): void {
    const docs = [...this.data.documents.values()].sort((a, b) => a.seq - b.seq);
    this.ranges = [];
    this.baseOf = new Map();
    let base = 0;
    for (const d of docs) {
      this.ranges.push({ seq: d.seq, base, count: d.sentenceCount });
      this.baseOf.set(d.seq, base);
      const known = this.views.get(d.seq);
      if (!known || (!known.withText && d.text !== undefined))
        this.views.set(
          d.seq,
          viewDocument(d, (seq) => this.missText(seq)),
        );
      base += d.sentenceCount + 1;
    }
    this.whole = new Map();
    this.postings = new Map();
    this.lastRange = undefined;
  }

  private missText(seq: number): void {
    this.missCount++;
    this.misses.texts.add(seq);
  }

  get sentenceCount(): number {
    return this.data.sentenceTotal;
  }

  documentFrequency(key: string): number {
    this.asked.add(key);
    const df = this.data.frequencies.get(key);
    if (df === undefined) {
      this.frequencyMissAt = ++this.missCount;
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
    if (known === undefined) {
      this.missCount++;
      this.misses.spellings.add(key);
    }
    return known ?? false;
  }

  postingsOf(key: string): readonly number[] | Int32Array {
    // A sentence that lacked a key's frequency is checked again once it comes: walking its keys
    // now would be work thrown away, and asking for their holders would fetch ones that the
    // frequencies may show retrieval never walks (a word being typed, until it is whole).
    if (this.frequencyMissAt > this.settledAt) {
      this.missCount++;
      return [];
    }
    const codes = this.data.postings.get(key);
    const context = this.data.capped.get(key);
    // Holders chosen by a context that lacks a key asked since: chosen again with it.
    if (codes && context && !this.coveredBy(context)) this.missPostings(key);
    if (!codes) {
      this.missPostings(key);
      return [];
    }
    let ids = this.postings.get(key);
    if (!ids) {
      // Codes are in (document, position) order, and bases grow with the document: ids come in order.
      const out: number[] = [];
      for (const code of codes) {
        const { doc, n } = sentenceOf(code);
        const base = this.baseOf.get(doc);
        if (base !== undefined) out.push(base + n);
      }
      this.postings.set(key, (ids = Int32Array.from(out)));
    }
    return ids;
  }

  private missPostings(key: string): void {
    this.missCount++;
    this.misses.postings.add(key);
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
    const range = this.rangeOf(id);
    if (!range) return false;
    const s = this.data.sentences.get(sentenceCode(range.seq, id - range.base));
    if (s) return (s.keySet ??= new Set(s.allKeys)).has(key);
    this.missSentence(range, id);
    return false;
  }

  sentence(id: number): IndexedSentence | undefined {
    if (id < 0) return undefined;
    const known = this.whole.get(id);
    if (known) return known;
    const range = this.rangeOf(id);
    if (!range) return undefined;
    const doc = this.views.get(range.seq)!.doc;
    const s = this.data.sentences.get(sentenceCode(range.seq, id - range.base));
    if (!s) {
      this.missSentence(range, id);
      // Checking reads the sentences retrieval returns without asking whether they exist: until the
      // sentence is fetched, a stand-in with nothing in it keeps this (discarded) run going.
      const prev = this.previousOf(id);
      return { id, doc, ordinal: id - range.base, start: 0, end: 0, lang: doc.lang, keys: [], polar: [], figures: [], prev };
    }
    const sentence: IndexedSentence = {
      id,
      doc,
      ordinal: s.ordinal,
      start: s.start,
      end: s.end,
      lang: doc.lang,
      keys: s.keys,
      polar: s.polar,
      figures: s.figures,
      prev: s.prev < 0 ? -1 : range.base + s.prev,
    };
    this.whole.set(id, sentence);
    return sentence;
  }

  previousOf(id: number): number {
    const range = this.rangeOf(id);
    if (!range) return NOT_A_SENTENCE;
    const prev = this.data.linkPrev(range.seq, id - range.base);
    if (prev === UNKNOWN_LINK) {
      this.missSentence(range, id);
      return -1;
    }
    // The previous sentence is the one before in the same document (documentAnalysis.ts).
    return prev < 0 ? -1 : id - 1;
  }

  kindBitsOf(id: number): number {
    const range = this.rangeOf(id);
    if (!range) return 0;
    const n = id - range.base;
    if (this.data.linkPrev(range.seq, n) !== UNKNOWN_LINK) return this.data.kindBits(range.seq, n);
    this.missSentence(range, id);
    return 0;
  }

  isLive(id: number): boolean {
    const range = this.rangeOf(id);
    if (!range) return false;
    if (this.data.linkPrev(range.seq, id - range.base) !== UNKNOWN_LINK) return true;
    this.missSentence(range, id);
    return true;
  }

  /** Records a sentence of a fetched document that was not fetched. */
  private missSentence(range: Range, id: number): void {
    this.missCount++;
    this.misses.sentences.add(sentenceCode(range.seq, id - range.base));
  }

  /** The fetched document holding the id, if any (postings are walked in id order: the last one first). */
  private rangeOf(id: number): Range | undefined {
    const last = this.lastRange;
    if (last && id >= last.base && id < last.base + last.count) return last;
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = this.ranges[mid]!;
      if (id < r.base) hi = mid - 1;
      else if (id >= r.base + r.count) lo = mid + 1;
      else return (this.lastRange = r);
    }
    return undefined;
  }
}
