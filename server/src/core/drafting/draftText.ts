import { maskMarkdown, splitSentences } from "../text";
import type { Span } from "../types";
import { maskLineIgnoreMarkers } from "../ignore/inlineMarkers";

/** Is the line holding `offset` an ATX heading ("## …") of the original Markdown? */
/** Whether `offset` is on a heading line; pass `lineStart` (from a LineMap) on long lines, where searching back is quadratic. */
export function inHeading(original: string, offset: number, lineStart = original.lastIndexOf("\n", offset - 1) + 1): boolean {
  return /^ {0,3}#{1,6}[ \t]/.test(original.slice(lineStart, lineStart + 10));
}

/** A block of the draft between blank lines: the unit of incremental re-checking. */
export interface DraftParagraph extends Span {
  /** The masked text of the paragraph (prose only), the cache key of its results. */
  masked: string;
}

/** Splits the masked draft into paragraphs (blank-line separated blocks that hold prose). */
export function draftParagraphs(masked: string): DraftParagraph[] {
  const paragraphs: DraftParagraph[] = [];
  const blank = /\n[ \t\u00a0]*\r?\n/g;
  let start = 0;
  const push = (end: number) => {
    const piece = masked.slice(start, end);
    if (piece.trim()) paragraphs.push({ start, end, masked: piece });
  };
  let m: RegExpExecArray | null;
  while ((m = blank.exec(masked)) !== null) {
    push(m.index);
    start = m.index + m[0].length;
    blank.lastIndex = start;
  }
  push(masked.length);
  return paragraphs;
}

/** Spans of the sentences of one paragraph of the masked draft (`original` shows block markers); offsets stay absolute. */
export function paragraphSentenceSpans(masked: string, original: string, paragraph: Span): Span[] {
  return splitSentences(masked, { from: paragraph.start, to: paragraph.end, lineBreaks: "soft", original });
}

/** Masks what is not prose (code, front matter, URLs, comments, ignore markers) without moving any offset. */
export function maskDraft(text: string): string {
  return maskLineIgnoreMarkers(maskMarkdown(text), text);
}
