// What the index keeps of one source document, computed apart from the index itself so that
// worker threads can compute it and the on-disk cache can store it. Pure data: structured-clone
// and snapshot friendly.
import type { SourceDocument } from "../corpus/types";
import { extractFigures, type Figure } from "../figures";
import type { Lang, SourceMetadata } from "../types";
import { analyzeTokens } from "../analysis/analyze";
import { splitGluedNames, tokenize, type Token } from "../analysis/wordTokens";
import { articleDate, datelineOf, weekdayDates, type ArticleDate } from "./documentDates";
import { polarConceptKey } from "../analysis/indexKeys";

export interface SentenceData {
  /** Position in the parsed document's sentences. */
  ordinal: number;
  start: number;
  end: number;
  keys: string[];
  polar: string[];
  /** Figures with offsets into the document text. */
  figures: Figure[];
  /** Index (in this document's list) of the previous evidence sentence of the paragraph, or -1. */
  prev: number;
}

export interface DocumentMeta {
  id: string;
  path: string;
  text: string;
  lang: Lang;
  size: number;
  mtimeMs: number;
  /** Title, author, date the file declares (web pages, PDF, Word). */
  metadata?: SourceMetadata;
}

export interface DocumentIndexData {
  doc: DocumentMeta;
  /** Capitalised words of the document with their counts (names seen on their own). */
  names: [string, number][];
  sentences: SentenceData[];
}

/** Tokens of every sentence of the document (boilerplate included: its names still count). */
export function documentTokens(doc: SourceDocument): Token[][] {
  return doc.sentences.map((s) => tokenize(doc.text, s.start, s.end));
}

/** Counts of the capitalised words the document writes on their own. */
export function documentNames(tokenLists: Token[][]): [string, number][] {
  const names = new Map<string, number>();
  for (const tokens of tokenLists) {
    for (const t of tokens) if (t.capitalized && t.text.length > 1) names.set(t.norm, (names.get(t.norm) ?? 0) + 1);
  }
  return [...names];
}

/**
 * Every name the glued-name splitter could ask about in this document. A "no" only makes the
 * splitter ask further, so answering all of them "no" records every possible question: a worker
 * thread can collect them, and the thread that owns the name counts answers them.
 */
export function gluedNameProbes(doc: SourceDocument, tokenLists: Token[][]): string[] {
  const probes = new Set<string>();
  const record = (norm: string) => {
    probes.add(norm);
    return false;
  };
  doc.sentences.forEach((s, i) => {
    if (!s.boilerplate) splitGluedNames(tokenLists[i]!, record);
  });
  return [...probes];
}

/** The index data of a parsed document; `known` tells which words are names seen on their own. */
export function analyzeDocument(
  doc: SourceDocument,
  tokenLists: Token[][],
  known: (norm: string) => boolean,
  names: [string, number][],
): DocumentIndexData {
  const sentences: SentenceData[] = [];
  const published = articleDate(doc);
  let prevInParagraph = -1;
  let paragraph = -1;
  doc.sentences.forEach((source, ordinal) => {
    if (source.paragraph !== paragraph) {
      paragraph = source.paragraph;
      prevInParagraph = -1;
    }
    if (source.boilerplate) return;
    const tokens = analyzeTokens(splitGluedNames(tokenLists[ordinal]!, known), doc.lang, doc.text);
    const keys = new Set<string>();
    const polar = new Set<string>();
    for (const t of tokens) {
      for (const k of t.keys) keys.add(k);
      if (t.concept) polar.add(polarConceptKey(t.concept, t.negated));
    }
    const figures = sentenceFigures(doc.text.slice(source.start, source.end), doc.lang, published).map((f) => shiftFigure(f, source.start));
    sentences.push({
      ordinal,
      start: source.start,
      end: source.end,
      keys: [...keys],
      polar: [...polar],
      figures,
      prev: source.heading ? -1 : prevInParagraph,
    });
    prevInParagraph = sentences.length - 1;
  });
  const { id, path, text, lang, size, mtimeMs, metadata } = doc;
  return { doc: metadata ? { id, path, text, lang, size, mtimeMs, metadata } : { id, path, text, lang, size, mtimeMs }, names, sentences };
}

/**
 * The figures a source sentence states as evidence: not its dateline's date (metadata), and with
 * its weekdays resolved against the article's date.
 */
function sentenceFigures(text: string, lang: Lang, published: ArticleDate | undefined): Figure[] {
  const dateline = datelineOf(text, lang);
  const figures = extractFigures(text, lang).filter((f) => !dateline || f.start >= dateline.end);
  if (!published) return figures;
  const weekdays = weekdayDates(text, lang, published).filter((w) => !figures.some((f) => w.start < f.end && w.end > f.start));
  return weekdays.length ? [...figures, ...weekdays].sort((a, b) => a.start - b.start) : figures;
}

function shiftFigure(f: Figure, by: number): Figure {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    hedgeSpan: f.hedgeSpan ? { start: f.hedgeSpan.start + by, end: f.hedgeSpan.end + by } : undefined,
  };
}
