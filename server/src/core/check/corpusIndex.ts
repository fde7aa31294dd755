import type { SourceDocument } from "../corpus/types";
import { extractFigures, type Figure } from "../figures";
import type { Lang } from "../types";
import { analyzeTokens } from "./analyze";
import { figureValueKeys } from "./figureKeys";
import { splitGluedNames, tokenize } from "./tokenize";

/** A source sentence as the matcher sees it. Tokens are not kept: keys are enough, and far smaller. */
export interface IndexedSentence {
  id: number;
  doc: SourceDocument;
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

interface DocEntry {
  doc: SourceDocument;
  ids: number[];
}

/**
 * Inverted index over the evidence sentences of the corpus (boilerplate is left out). Documents
 * can be added, replaced and removed one at a time, so a changed file is re-indexed alone.
 */
export class CorpusIndex {
  private readonly entries = new Map<string, DocEntry>();
  private readonly sentences: (IndexedSentence | undefined)[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly df = new Map<string, number>();
  /** Names seen written on their own (for splitting glued names). */
  private readonly names = new Map<string, number>();
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
    this.remove(doc.path);
    this.changes++;
    const ids: number[] = [];
    const tokenLists = doc.sentences.map((s) => tokenize(doc.text, s.start, s.end));
    for (const tokens of tokenLists) {
      for (const t of tokens) if (t.capitalized && t.text.length > 1) this.names.set(t.norm, (this.names.get(t.norm) ?? 0) + 1);
    }
    // Seen at least twice: a glued one-off ("OpenAIfiliale") is not a name of its own.
    const known = (norm: string) => (this.names.get(norm) ?? 0) >= 2;
    let prevInParagraph = -1;
    let paragraph = -1;
    doc.sentences.forEach((source, ordinal) => {
      if (source.paragraph !== paragraph) {
        paragraph = source.paragraph;
        prevInParagraph = -1;
      }
      if (source.boilerplate) return;
      const tokens = analyzeTokens(splitGluedNames(tokenLists[ordinal], known), doc.lang);
      const keys = new Set<string>();
      const polar = new Set<string>();
      for (const t of tokens) {
        for (const k of t.keys) keys.add(k);
        if (t.concept) polar.add(t.negated ? `!c:${t.concept}` : `c:${t.concept}`);
      }
      const figures = extractFigures(doc.text.slice(source.start, source.end), doc.lang).map((f) => shiftFigure(f, source.start));
      const id = this.sentences.length;
      const sentence: IndexedSentence = {
        id,
        doc,
        ordinal,
        start: source.start,
        end: source.end,
        lang: doc.lang,
        keys: [...keys],
        polar: [...polar],
        figures,
        prev: source.heading ? -1 : prevInParagraph,
      };
      this.sentences.push(sentence);
      ids.push(id);
      this.live++;
      for (const k of sentence.keys) this.post(k, id);
      for (const k of valueKeysOf(figures)) this.post(k, id);
      prevInParagraph = id;
    });
    this.entries.set(doc.path, { doc, ids });
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

  documents(): SourceDocument[] {
    return [...this.entries.values()].map((e) => e.doc);
  }

  sentence(id: number): IndexedSentence | undefined {
    return id >= 0 ? this.sentences[id] : undefined;
  }

  /** Number of evidence sentences that contain the key. */
  documentFrequency(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Inverse document frequency; keys the corpus never uses weigh like the rarest ones. */
  idf(key: string): number {
    const n = Math.max(1, this.live);
    const df = Math.max(1, this.df.get(key) ?? 0);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Ids of live sentences that contain the key. */
  postingsOf(key: string): readonly number[] {
    const list = this.postings.get(key) ?? [];
    // Removed sentences stay in the lists until compaction; skip them.
    return this.dead ? list.filter((id) => this.sentences[id] !== undefined) : list;
  }

  private post(key: string, id: number): void {
    let list = this.postings.get(key);
    if (!list) this.postings.set(key, (list = []));
    if (list[list.length - 1] !== id) {
      list.push(id);
      this.df.set(key, (this.df.get(key) ?? 0) + 1);
    }
  }

  private unpost(key: string): void {
    const n = (this.df.get(key) ?? 0) - 1;
    if (n > 0) this.df.set(key, n);
    else this.df.delete(key);
  }

  /** Drops removed sentences from the postings once they outnumber the live ones. */
  private compactPostings(): void {
    for (const [key, list] of this.postings) {
      const kept = list.filter((id) => this.sentences[id] !== undefined);
      if (kept.length) this.postings.set(key, kept);
      else this.postings.delete(key);
    }
    this.dead = 0;
  }
}

function valueKeysOf(figures: Figure[]): Set<string> {
  return new Set(figures.flatMap(figureValueKeys));
}

function shiftFigure(f: Figure, by: number): Figure {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    hedgeSpan: f.hedgeSpan ? { start: f.hedgeSpan.start + by, end: f.hedgeSpan.end + by } : undefined,
  };
}
