// One source file's text → a SourceDocument: sentences with exact offsets, paragraphs,
// heading and boilerplate flags, language.
import type { Span } from "../types";
import { hardBlocks, softBlocks } from "../text/blocks";
import { LineMap } from "../text/lineMap";
import { trimSpan } from "../text/lines";
import { maskMarkdown } from "../text/markdown";
import { splitSentences } from "../text/segment";
import { markBoilerplate } from "./boilerplate";
import { gluedTitleEnd, inlineBulletStarts, splitSpan } from "./glued";
import { isHeading } from "./headings";
import { detectLanguage } from "./language";
import { blankLineBlocks, looksHardWrapped, looksLinePerParagraph, paragraphSpans } from "./layout";
import type { SourceDocument, SourceSentence } from "./types";
import { unifyLineEnds } from "../text/invisible";

interface Piece extends Span {
  gluedTitle: boolean;
  beforeList: boolean;
  /** Index of the line (or block in wrapped text) holding the piece. */
  unit: number;
}

// Characters of body text the language model reads. fastText's cost grows with the sample, and a
// thousand characters (about 150 words) of one article settle French or English: on the bundled
// corpus, the fixtures and 11,000 generated articles, 300 to 2,000 characters all agree.
const LANGUAGE_SAMPLE = 1000;

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
const LIST_START = /^(?:\d{1,2}[.)]|[-–•*])\s/;

/**
 * Parses a source file. A leading BOM is dropped (offsets then count from the character after
 * it, as editors show them); everything else is kept as is, CRLF included. In Markdown files
 * the sentence text is the masked text (markup blanked, same length), so `text` always lines up
 * with the file from `start`.
 */
export function parseSourceText(id: string, path: string, raw: string, stat?: { size: number; mtimeMs: number }): SourceDocument {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const markdown = MARKDOWN_FILE.test(path);
  // Lone CRs end lines as LFs do; same length, so sentence offsets still fit `text`.
  const unified = unifyLineEnds(text);
  const prose = markdown ? maskMarkdown(unified) : unified;
  const blocks = blankLineBlocks(prose);
  const wrapped = markdown ? !looksLinePerParagraph(prose, unified, blocks) : looksHardWrapped(prose, blocks);
  const paragraphs = paragraphSpans(prose, wrapped, blocks);
  const original = markdown ? unified : undefined;
  const units = (wrapped ? softBlocks(prose, 0, prose.length, original ?? prose) : hardBlocks(prose, 0, prose.length)).map((u) =>
    trimSpan(prose, u.start, u.end),
  );
  const spans = splitSentences(prose, { lineBreaks: wrapped ? "soft" : "hard", original });
  const pieces = repairGluedText(prose, spans, units);

  const sentences: SourceSentence[] = [];
  const paragraphOf = indexer(paragraphs);
  for (const p of pieces) {
    sentences.push({
      start: p.start,
      end: p.end,
      text: prose.slice(p.start, p.end),
      paragraph: paragraphOf(p.start),
      boilerplate: false,
      heading: false,
    });
  }
  flagSentences(sentences, pieces, units, text, prose, markdown);
  const body = sentences.filter((s) => !s.boilerplate && !s.heading).map((s) => s.text);
  const lang = detectLanguage(sample(body.length ? body : sentences.map((s) => s.text), LANGUAGE_SAMPLE));
  return {
    id,
    path,
    text,
    lang,
    lines: new LineMap(text),
    sentences,
    size: stat?.size ?? Buffer.byteLength(raw, "utf8"),
    mtimeMs: stat?.mtimeMs ?? 0,
  };
}

/** The first `size` characters of the sentences, joined. */
function sample(texts: string[], size: number): string {
  let out = "";
  for (const t of texts) {
    if (out.length >= size) break;
    out += (out ? " " : "") + t;
  }
  return out.slice(0, size);
}

/** Cuts flattened list items apart and glued titles off the front of lines. */
function repairGluedText(text: string, spans: Span[], units: Span[]): Piece[] {
  const unitOf = indexer(units);
  const pieces: Piece[] = [];
  for (const span of spans) {
    const unit = unitOf(span.start);
    const bullets = splitSpan(text, span, inlineBulletStarts(text.slice(span.start, span.end)));
    bullets.forEach((b, k) => {
      const atUnitStart = b.start === units[unit]?.start;
      const cut = atUnitStart ? gluedTitleEnd(text.slice(b.start, Math.min(b.end, b.start + 400))) : undefined;
      const parts = cut === undefined ? [b] : splitSpan(text, b, [cut]);
      parts.forEach((part, j) => {
        pieces.push({ ...part, unit, gluedTitle: cut !== undefined && j === 0, beforeList: bullets.length > 1 && k === 0 && j === parts.length - 1 });
      });
    });
  }
  // A line-opening piece followed on its line by a numbered item ("Analyse 1. Paysage…").
  for (let i = 0; i + 1 < pieces.length; i++) {
    const next = pieces[i + 1];
    if (next.unit === pieces[i].unit && LIST_START.test(text.slice(next.start, next.end))) pieces[i].beforeList ||= pieces[i].start === units[pieces[i].unit]?.start;
  }
  return pieces;
}

function flagSentences(sentences: SourceSentence[], pieces: Piece[], units: Span[], original: string, prose: string, markdown: boolean): void {
  const boilerplate = markBoilerplate(sentences.map((s, i) => ({ text: s.text, paragraph: s.paragraph, line: pieces[i].unit })));
  sentences.forEach((s, i) => {
    const piece = pieces[i];
    const unit = units[piece.unit];
    const nextUnit = units[piece.unit + 1];
    s.boilerplate = boilerplate[i];
    s.heading =
      !s.boilerplate &&
      isHeading({
        text: s.text,
        alone: unit !== undefined && s.start === unit.start && s.end === unit.end,
        first: i === 0,
        markdown: markdown && isMarkdownHeading(original, s.start),
        gluedTitle: piece.gluedTitle,
        beforeList: piece.beforeList,
        // Only question lines need it; counting the next line for every sentence is waste.
        nextWords: nextUnit && s.text.endsWith("?") ? prose.slice(nextUnit.start, nextUnit.end).split(/\s+/).filter(Boolean).length : 0,
      });
  });
}

/** "# Title" or a line underlined with === or ---. */
function isMarkdownHeading(original: string, offset: number): boolean {
  const lineStart = original.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = original.indexOf("\n", offset);
  const line = original.slice(lineStart, lineEnd < 0 ? original.length : lineEnd);
  if (/^ {0,3}(?:>\s?)*#{1,6}(?:\s|$)/.test(line)) return true;
  if (lineEnd < 0) return false;
  const nextEnd = original.indexOf("\n", lineEnd + 1);
  const next = original.slice(lineEnd + 1, nextEnd < 0 ? original.length : nextEnd);
  return /^ {0,3}(?:=+|-{2,})[ \t]*\r?$/.test(next) && line.trim() !== "";
}

/** Finds, for increasing offsets, the index of the span holding each (spans sorted, disjoint). */
function indexer(spans: Span[]): (offset: number) => number {
  let k = 0;
  return (offset) => {
    if (k > 0 && offset < spans[k].start) k = 0;
    while (k + 1 < spans.length && spans[k + 1].start <= offset) k++;
    return k;
  };
}
