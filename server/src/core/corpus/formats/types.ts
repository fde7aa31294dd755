// What a format reader hands the corpus loader: the text the index holds (offsets count in it),
// the document's own metadata, and the notes worth a warning.

import type { SourceMetadata } from "../../types";
import { warningPart, type WarningPart } from "../../warnings";

/** Title, author and date a document declares about itself: metadata, never evidence. */
export type DocumentMetadata = SourceMetadata;

export type Extraction =
  | {
      /** Paragraphs one to a line with blank lines between; PDF pages separated by a form feed line. */
      text: string;
      metadata?: DocumentMetadata;
      /** Truncations and oddities, one each (the loader adds the file's id). */
      notes: WarningPart[];
    }
  | { skip: WarningPart };

/** Bounds on what one file may cost; every reader stops or skips past them. */
export interface ExtractionLimits {
  /** PDF pages read; later pages are left out with a note. */
  maxPages: number;
  /** Milliseconds one file may take; the text read by then is kept with a note (PDF), or the file is skipped. */
  timeoutMs: number;
  /** Bytes a DOCX may unpack to (all its entries); a larger one is skipped as a zip bomb. */
  maxUnpackedBytes: number;
  /** Characters of extracted text kept; the rest is cut with a note. */
  maxTextChars: number;
  /** Elements of a web page Readability may score; a page with more is skipped rather than scored for seconds. */
  maxHtmlElements: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxPages: 2000,
  timeoutMs: 30_000,
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxTextChars: 5 * 1024 * 1024,
  maxHtmlElements: 200_000,
};

/** Page break in extracted text: a line holding only a form feed, between blank lines. */
export const PAGE_BREAK = "\n\n\f\n\n";

/** Cuts `text` to the limit at a paragraph end, with a note. */
export function capText(text: string, limits: ExtractionLimits, notes: WarningPart[]): string {
  if (text.length <= limits.maxTextChars) return text;
  const cut = text.lastIndexOf("\n", limits.maxTextChars);
  notes.push(warningPart("warningPart.textCut", { count: limits.maxTextChars }));
  return text.slice(0, cut > 0 ? cut : limits.maxTextChars).trimEnd();
}

/** Whitespace runs (no-break and thin spaces included) as one space, trimmed. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u2009\u202f\u200b]+/g, " ").trim();
}
