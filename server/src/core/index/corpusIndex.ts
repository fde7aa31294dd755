import type { SourceDocument } from "../corpus/types";
import type { Figure } from "../figures";
import { LineMap } from "../text/lineMap";
import type { Lang, SourceMetadata } from "../types";
import { analyzeDocument, documentNames, documentTokens, type DocumentIndexData, type DocumentMeta } from "./documentAnalysis";
import { figureValueKeys } from "./figureValueKeys";
import { spellingKey } from "../analysis/nameForms";
import { kindBits } from "./figureKinds";

/** Posting lists packed in one typed array, as the index cache stores them: adopted whole on a restart. */
export interface PackedPostings {
  strings: string[];
  /** Records of [string id, count, ...sentence numbers]. */
  data: Int32Array;
}

/** What the index keeps of a source file: its text (for quotes and fixes), not its parse. */
export interface IndexedDocument {
  id: string;
  path: string;
  text: string;
  lang: Lang;
  readonly lines: LineMap;
  size: number;
  mtimeMs: number;
  /** Title, author, date the file declares (web pages, PDF, Word). */
  readonly metadata?: SourceMetadata;
}

/** A source sentence as the matcher sees it. Tokens are not kept: keys are enough, and far smaller. */
export interface IndexedSentence {
  id: number;
  doc: IndexedDocument;
  /** Position in doc.sentences. */
  ordinal: number;
  start: number;
  end: number;
  lang: Lang;
  /** Distinct matching keys of the sentence. */
  keys: string[];
  /** Lexicon concepts of the sentence with their polarity: "c:start" or "!c:start" when negated. */
  polar: string[];
  /** Figures with offsets into doc.text. */
  figures: Figure[];
  /** Id of the previous evidence sentence of the same paragraph: pronouns and "the deal" refer back to it. */
  prev: number;
}

/**
 * The document of a loaded index; its line map is built on the first quote, not at load, and its
 * text is read from what it was made from (a snapshot decodes it on first use).
 */
export class StoredDocument implements IndexedDocument {
  private lineMap?: LineMap;
  readonly id: string;
  readonly path: string;
  readonly lang: Lang;
  readonly size: number;
  readonly mtimeMs: number;
  readonly metadata?: SourceMetadata;

  constructor(private readonly meta: DocumentMeta) {
    this.id = meta.id;
    this.path = meta.path;
    this.lang = meta.lang;
    this.size = meta.size;
    this.mtimeMs = meta.mtimeMs;
    if (meta.metadata) this.metadata = meta.metadata;
  }

  get text(): string {
    return this.meta.text;
  }

  get lines(): LineMap {
    return (this.lineMap ??= new LineMap(this.text));
  }
}

interface DocEntry {
  doc: StoredDocument;
  ids: number[];
  /** The document's name counts, kept so the cache can store them without analysing again. */
  names: [string, number][];
}

/** Sentences holding a key: ids in insertion order (removed ones stay until compaction) and how many are live. */
interface Posting {
  /** The interned key. */
  key: string;
  /** A typed array when adopted from a cache snapshot (4 bytes an id), an array once added to. */
  ids: number[] | Int32Array;
  live: number;
}

const REMOVED = -2;

/**
 * What checking reads of a corpus: key statistics, postings and sentences. The embedded index
 * (CorpusIndex) answers it from memory; another store (a shared archive) can answer it from a
 * view of the sentences a draft touches, and the verdicts stay the same code.
 */
export interface CorpusReader {
  /** Changes whenever the answers may change: caches of check results drop on a new version. */
  readonly version: number;
  /** Evidence sentences of the whole corpus. */
  readonly sentenceCount: number;
  documentFrequency(key: string): number;
  idf(key: string): number;
  rarestIdf(): number;
  /** Ids of the sentences holding the key, in increasing order. */
  postingsOf(key: string): readonly number[] | Int32Array;
  holds(key: string, id: number): boolean;
  sentence(id: number): IndexedSentence | undefined;
  /** -1 for a sentence that starts its paragraph, -2 for an id that is no sentence. */
  previousOf(id: number): number;
  kindBitsOf(id: number): number;
  isLive(id: number): boolean;
  /** Whether the corpus writes a name spelt like this one, transliteration aside. */
  hasNameSpeltLike(norm: string): boolean;
}

/** Inverse document frequency over `sentences` evidence sentences; keys the corpus never uses weigh like the rarest ones. */
export function inverseFrequency(sentences: number, df: number): number {
  const n = Math.max(1, sentences);
  const d = Math.max(1, df);
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
}

/** A word counts as a name of its own once the corpus writes it capitalised at least twice. */
export function isKnownName(names: ReadonlyMap<string, number>, norm: string): boolean {
  // Seen at least twice: a glued one-off ("OpenAIfiliale") is not a name of its own.
  return (names.get(norm) ?? 0) >= 2;
}

/**
 * Inverted index over the evidence sentences of the corpus (boilerplate is left out). Documents
 * can be added, replaced and removed one at a time, so a changed file is re-indexed alone.
 * Keys are interned: the same key string is shared by every sentence and posting list, which
 * keeps a newsroom archive in memory and makes key comparisons pointer comparisons.
 */
export class CorpusIndex implements CorpusReader {
  private readonly entries = new Map<string, DocEntry>();
  private readonly sentences: (IndexedSentence | undefined)[] = [];
  private readonly postings = new Map<string, Posting>();
  /** Names seen written on their own (for splitting glued names). */
  private readonly names = new Map<string, number>();
  /** Figure-kind bits of each sentence id (figureKinds.ts), grown as sentences are added. */
  private kinds = new Uint16Array(1024);
  /** The `prev` of each sentence id, REMOVED for ids not (or no longer) in the index: retrieval reads it in tight loops. */
  private links = new Int32Array(1024).fill(REMOVED);
  private live = 0;
  private dead = 0;
  private changes = 0;

  /** Changes on every upsert and remove, so caches of check results know when to drop. */
  get version(): number {
    return this.changes;
  }

  static build(documents: SourceDocument[]): CorpusIndex {
    const index = new CorpusIndex();
    for (const doc of documents) index.upsert(doc);
    return index;
  }

  /** Adds a document, or replaces the one read from the same path. */
  upsert(doc: SourceDocument): void {
    const tokenLists = documentTokens(doc);
    const names = documentNames(tokenLists);
    this.addNames(names);
    this.insert(
      analyzeDocument(doc, tokenLists, (norm) => isKnownName(this.names, norm), names),
      false,
    );
  }

  /** Counts a document's names in (before analysing it: its own names count). */
  addNames(names: readonly [string, number][]): void {
    this.spellings = undefined;
    for (const [norm, n] of names) this.names.set(norm, (this.names.get(norm) ?? 0) + n);
  }

  /** Spelling keys of the names seen (nameForms.ts), built on first use and dropped when names change. */
  private spellings?: Set<string>;

  /** Whether the corpus writes a name spelt like this one, transliteration aside ("Kokoshin" for "Kokochine"). */
  hasNameSpeltLike(norm: string): boolean {
    if (norm.length < 4) return false;
    if (!this.spellings) {
      this.spellings = new Set();
      for (const name of this.names.keys()) if (name.length >= 4) this.spellings.add(spellingKey(name));
    }
    return this.spellings.has(spellingKey(norm));
  }

  /** Whether the corpus read so far writes this word as a name of its own. */
  isKnownName(norm: string): boolean {
    return isKnownName(this.names, norm);
  }

  /**
   * Adds analysed document data (from a worker or the cache), replacing any document of the
   * same path. `countNames` is false when the caller already counted the document's names.
   */
  insert(data: DocumentIndexData, countNames = true): void {
    this.add(data, countNames, true);
  }

  /**
   * Adopts a cache snapshot whole, with its postings: the restart path, with no posting list
   * built key by key. The index must be empty; the result is what inserting the documents in
   * order gives.
   */
  adopt(documents: readonly DocumentIndexData[], postings: PackedPostings): void {
    if (this.sentences.length || this.entries.size) throw new Error("CorpusIndex.adopt needs an empty index");
    for (const data of documents) this.add(data, true, false);
    const { strings, data } = postings;
    for (let at = 0; at < data.length;) {
      const key = strings[data[at]!]!;
      const count = data[at + 1]!;
      this.postings.set(key, { key, ids: data.subarray(at + 2, at + 2 + count), live: count });
      at += 2 + count;
    }
  }

  private add(data: DocumentIndexData, countNames: boolean, post: boolean): void {
    this.remove(data.doc.path);
    if (countNames) this.addNames(data.names);
    this.changes++;
    const doc = new StoredDocument(data.doc);
    const base = this.sentences.length;
    const ids: number[] = [];
    for (const s of data.sentences) {
      const id = this.sentences.length;
      if (!post) {
        // Adopted from a snapshot: its keys come from one string table (already interned), and
        // the decoder shaped the object as an IndexedSentence, so it is completed, not copied.
        const adopted = s as unknown as IndexedSentence;
        adopted.id = id;
        adopted.doc = doc;
        adopted.lang = doc.lang;
        adopted.prev = s.prev < 0 ? -1 : base + s.prev;
        this.sentences.push(adopted);
        this.setSlots(id, adopted.figures, adopted.prev);
        ids.push(id);
        this.live++;
        continue;
      }
      const keys = s.keys.map((k) => this.post(k, id));
      for (const k of valueKeysOf(s.figures)) this.post(k, id);
      const sentence: IndexedSentence = {
        id,
        doc,
        ordinal: s.ordinal,
        start: s.start,
        end: s.end,
        lang: doc.lang,
        keys,
        polar: s.polar.map((k) => this.intern(k)),
        figures: s.figures,
        prev: s.prev < 0 ? -1 : base + s.prev,
      };
      this.sentences.push(sentence);
      this.setSlots(id, sentence.figures, sentence.prev);
      ids.push(id);
      this.live++;
    }
    this.entries.set(doc.path, { doc, ids, names: data.names });
  }

  /** The analysed data of every document, in insertion order (what the cache stores). */
  documentData(): DocumentIndexData[] {
    return [...this.entries.keys()].map((path) => this.dataOf(path)!);
  }

  /** The analysed data of one document, rebuilt from what the index keeps. */
  dataOf(path: string): DocumentIndexData | undefined {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    const { id, text, lang, size, mtimeMs, metadata } = entry.doc;
    const first = entry.ids[0] ?? 0;
    const sentences = entry.ids.map((sid) => {
      const s = this.sentences[sid]!;
      return {
        ordinal: s.ordinal,
        start: s.start,
        end: s.end,
        keys: s.keys,
        polar: s.polar,
        figures: s.figures,
        prev: s.prev < 0 ? -1 : s.prev - first,
      };
    });
    return { doc: { id, path, text, lang, size, mtimeMs, ...(metadata ? { metadata } : {}) }, names: entry.names, sentences };
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** Removes the document read from this absolute path, if any. */
  remove(path: string): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    this.changes++;
    for (const id of entry.ids) {
      const sentence = this.sentences[id];
      if (!sentence) continue;
      for (const k of sentence.keys) this.unpost(k);
      for (const k of valueKeysOf(sentence.figures)) this.unpost(k);
      this.sentences[id] = undefined;
      this.kinds[id] = 0;
      this.links[id] = REMOVED;
      this.live--;
      this.dead++;
    }
    this.entries.delete(path);
    if (this.dead > 1000 && this.dead > this.live) this.compactPostings();
  }

  get documentCount(): number {
    return this.entries.size;
  }

  get sentenceCount(): number {
    return this.live;
  }

  documents(): IndexedDocument[] {
    return [...this.entries.values()].map((e) => e.doc);
  }

  sentence(id: number): IndexedSentence | undefined {
    return id >= 0 ? this.sentences[id] : undefined;
  }

  /** Figure-kind bits of the sentence (figureKinds.ts); 0 for a sentence without figures. */
  kindBitsOf(id: number): number {
    return this.kinds[id] ?? 0;
  }

  /** Whether a sentence of this id is in the index. */
  isLive(id: number): boolean {
    return id >= 0 && id < this.links.length && this.links[id] !== REMOVED;
  }

  /** The id of the sentence's previous sentence in its paragraph: -1 for none, -2 for a sentence not in the index. */
  previousOf(id: number): number {
    return id >= 0 && id < this.links.length ? this.links[id]! : REMOVED;
  }

  private setSlots(id: number, figures: readonly Figure[], prev: number): void {
    if (id >= this.kinds.length) {
      const size = Math.max(id + 1, this.kinds.length * 2);
      const kinds = new Uint16Array(size);
      kinds.set(this.kinds);
      this.kinds = kinds;
      const links = new Int32Array(size).fill(REMOVED);
      links.set(this.links);
      this.links = links;
    }
    this.kinds[id] = kindBits(figures);
    this.links[id] = prev;
  }

  /** Number of evidence sentences that contain the key. */
  documentFrequency(key: string): number {
    return this.postings.get(key)?.live ?? 0;
  }

  /** The IDF of a key found in one sentence: the most any key weighs. */
  rarestIdf(): number {
    return inverseFrequency(this.live, 1);
  }

  /** Inverse document frequency; keys the corpus never uses weigh like the rarest ones. */
  idf(key: string): number {
    return inverseFrequency(this.live, this.postings.get(key)?.live ?? 0);
  }

  /** Ids of live sentences that contain the key, in increasing order. */
  postingsOf(key: string): readonly number[] | Int32Array {
    const posting = this.postings.get(key);
    if (!posting) return [];
    // Removed sentences stay in the lists until compaction; skip them.
    return posting.live === posting.ids.length ? posting.ids : posting.ids.filter((id) => this.sentences[id] !== undefined);
  }

  /**
   * Does the sentence hold the key (a word key, or a value key of one of its figures)? A binary
   * search of the key's postings, which are in increasing id order: it reads a few cached
   * integers where scanning the sentence's keys compares strings.
   */
  holds(key: string, id: number): boolean {
    const ids = this.postings.get(key)?.ids;
    if (!ids) return false;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = ids[mid]!;
      if (at === id) return this.sentences[id] !== undefined;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Adds the sentence to the key's postings; returns the interned key. */
  private post(key: string, id: number): string {
    let posting = this.postings.get(key);
    if (!posting) {
      posting = { key, ids: [], live: 0 };
      this.postings.set(key, posting);
    }
    if (posting.ids[posting.ids.length - 1] !== id) {
      if (!Array.isArray(posting.ids)) posting.ids = Array.from(posting.ids);
      posting.ids.push(id);
      posting.live++;
    }
    return posting.key;
  }

  private unpost(key: string): void {
    const posting = this.postings.get(key);
    if (!posting) return;
    posting.live--;
    // An empty posting stays (with no ids left after compaction it goes): df 0 either way.
    if (posting.live <= 0) posting.live = 0;
  }

  private readonly polarStrings = new Map<string, string>();

  /** One string per distinct polarity key, shared by all the sentences that state it. */
  private intern(value: string): string {
    const known = this.polarStrings.get(value);
    if (known !== undefined) return known;
    this.polarStrings.set(value, value);
    return value;
  }

  /** Drops removed sentences from the postings once they outnumber the live ones. */
  private compactPostings(): void {
    for (const [key, posting] of this.postings) {
      const kept = posting.ids.filter((id) => this.sentences[id] !== undefined);
      if (kept.length) posting.ids = kept;
      else this.postings.delete(key);
    }
    this.dead = 0;
  }
}

function valueKeysOf(figures: Figure[]): Set<string> {
  return new Set(figures.flatMap(figureValueKeys));
}
