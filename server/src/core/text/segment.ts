// Sentence segmentation: ICU's sentence breaker (Intl.Segmenter) plus repairs for the cases it
// gets wrong in French and English news text (abbreviations, initials, list markers, French
// closing guillemets after a space).
import type { Span } from "../types";
import { PREFIX_ABBREVIATIONS, SENTENCE_OPENERS, TRAILING_ABBREVIATIONS } from "./abbreviations";
import { hardBlocks, softBlocks } from "./blocks";
import { trimSpan } from "./lines";

type LineBreakMode = "hard" | "soft";

export interface SplitOptions {
  /** Start of the range to split (default 0). */
  from?: number;
  /** End of the range to split (default text.length). */
  to?: number;
  /**
   * "hard" (default, corpus files): every newline ends a sentence.
   * "soft" (Markdown drafts): a single newline is a wrap; blank lines, headings, list items and
   * table rows still end sentences.
   */
  lineBreaks?: LineBreakMode;
  /**
   * In soft mode, the text whose line starts show the block markers. Pass the original Markdown
   * when `text` is maskMarkdown(original): the mask blanks the markers, the offsets are the same.
   * (Masks from the last few maskMarkdown calls are recognised without it.)
   */
  original?: string;
}

const segmenter = new Intl.Segmenter("fr", { granularity: "sentence" });

// ICU's segmenter is quadratic on long inputs (≈ 80 ms at 70 KB, 13 s at 900 KB), so long
// blocks are fed to it in windows cut after a sentence-final mark.
const ICU_WINDOW = 6000;

/** Sentence spans of text[from..to], trimmed, as offsets into `text`. */
export function splitSentences(text: string, options: SplitOptions = {}): Span[] {
  const from = clamp(options.from ?? 0, 0, text.length);
  const to = clamp(options.to ?? text.length, from, text.length);
  const original = options.original;
  const shapes = original !== undefined && original.length === text.length ? original : text;
  const blocks = options.lineBreaks === "soft" ? softBlocks(text, from, to, shapes) : hardBlocks(text, from, to);
  const out: Span[] = [];
  for (const block of blocks) {
    for (const span of segmentBlock(text, block)) out.push(span);
  }
  return out;
}

/** Sentences of one block (a unit that no sentence crosses). */
function segmentBlock(text: string, block: Span): Span[] {
  let spans = icuSpans(text, block);
  spans = splitAfterEllipsis(text, spans);
  spans = shiftClosingQuotes(text, spans);
  spans = mergeFalseBreaks(text, spans);
  shiftEnumerationMarkers(text, spans, block.end);
  return spans.filter((s) => s.end > s.start);
}

function icuSpans(text: string, block: Span): Span[] {
  const spans: Span[] = [];
  let start = block.start;
  while (start < block.end) {
    const end = windowEnd(text, start, block.end);
    // Line terminators inside a soft block are wraps; ICU would break on them.
    const chunk = text.slice(start, end).replace(/[\r\n\u2028\u2029\u0085]/g, " ");
    for (const seg of segmenter.segment(chunk)) {
      const s = trimSpan(text, start + seg.index, start + seg.index + seg.segment.length);
      if (s.end > s.start) spans.push(s);
    }
    start = end;
  }
  return spans;
}

function windowEnd(text: string, start: number, end: number): number {
  if (end - start <= ICU_WINDOW) return end;
  const limit = start + ICU_WINDOW;
  for (let i = limit; i > start + ICU_WINDOW / 2; i--) {
    if (/[.!?]/.test(text[i - 1]) && /\s/.test(text[i] ?? "")) return i;
  }
  for (let i = limit; i > start + ICU_WINDOW / 2; i--) if (/\s/.test(text[i])) return i;
  return limit;
}

// ICU does not break after an ellipsis; in news text "…" before a capital ends the sentence.
const ELLIPSIS_BREAK = /(?:\.{3}|…)(?=[\s\u00a0\u202f]+[«"“]?\p{Lu})/gu;

function splitAfterEllipsis(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    const body = text.slice(span.start, span.end);
    for (const m of body.matchAll(ELLIPSIS_BREAK)) {
      const cut = span.start + m.index! + m[0].length;
      out.push(trimSpan(text, start, cut));
      start = cut;
    }
    out.push(trimSpan(text, start, span.end));
  }
  return out.filter((s) => s.end > s.start);
}

const CLOSERS = /^[»”’"')\]]+(?=[\s\u00a0\u202f]|$)/;
// A quote or bracket opening the next sentence, left by ICU at the end of this one ('Ohio. "We').
const TRAILING_OPENER = /[.!?…][\s\u00a0\u202f]+(["'“‘«([][\s\u00a0\u202f]*)$/;
const FINAL_MARK = /[.!?…][\s\u00a0\u202f]*$/;

/**
 * "« Fini. » Puis" comes out of ICU as "« Fini." + "» Puis": the guillemet belongs before the
 * break. And 'Ohio. "We…' as 'Ohio. "' + 'We…': the quote belongs after it.
 */
function shiftClosingQuotes(text: string, spans: Span[]): Span[] {
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1];
    const cur = spans[i];
    const m = CLOSERS.exec(text.slice(cur.start, cur.end));
    const opener = TRAILING_OPENER.exec(text.slice(prev.start, prev.end));
    if (opener) {
      cur.start = prev.end - opener[1].trimEnd().length;
      prev.end = trimSpan(text, prev.start, cur.start).end;
      continue;
    }
    if (!m || !FINAL_MARK.test(text.slice(prev.start, cur.start))) continue;
    prev.end = cur.start + m[0].length;
    const rest = trimSpan(text, prev.end, cur.end);
    cur.start = rest.start;
    cur.end = rest.end;
  }
  return spans.filter((s) => s.end > s.start);
}

function mergeFalseBreaks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && isFalseBreak(text.slice(prev.start, prev.end), text.slice(span.start, span.end))) prev.end = span.end;
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

const LIST_MARKER = /^(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|[-*+•–])$/;
const STARTS_LOWER = /^[«"“‘'([\s\u00a0\u202f]*\p{Ll}/u;
const STARTS_NUMBER_OR_PUNCT = /^[\d,;:)\]–-]/;
const DOTTED_ACRONYM = /^(?:\p{L}{1,2}\.-?){2,}$/u;
const INITIAL = /^\p{Lu}\.$/u;

/** True when ICU's break between `prev` and `next` falls inside a sentence. */
function isFalseBreak(prev: string, next: string): boolean {
  if (LIST_MARKER.test(prev)) return true;
  if (STARTS_LOWER.test(next)) return true;
  const tokens = prev.split(/[\s\u00a0\u202f]+/);
  const last = tokens[tokens.length - 1].replace(/^[(«"“‘'[]+/, "");
  if (PREFIX_ABBREVIATIONS.has(last)) return true;
  const goesOn = STARTS_NUMBER_OR_PUNCT.test(next);
  if (TRAILING_ABBREVIATIONS.has(last) || DOTTED_ACRONYM.test(last)) return goesOn;
  if (INITIAL.test(last)) return continuesName(tokens[tokens.length - 2], next);
  return false;
}

/** "J. K. Rowling", "George W. Bush": an initial after nothing, a capitalised word or another initial, before a name. */
function continuesName(before: string | undefined, next: string): boolean {
  const firstWord = /^\p{Lu}[\p{L}'’-]*/u.exec(next)?.[0];
  if (!firstWord || SENTENCE_OPENERS.has(firstWord.replace(/['’].*$/, ""))) return false;
  return before === undefined || /^\p{Lu}/u.test(before);
}

/**
 * "Impacts potentiels 1. Paysage … 2. Attention …": the "1." opening an inline enumeration is
 * left by ICU at the end of the sentence before it; move it to the item it numbers when the
 * next number follows later in the block.
 */
function shiftEnumerationMarkers(text: string, spans: Span[], blockEnd: number): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const cur = spans[i];
    const body = text.slice(cur.start, cur.end);
    const m = /[\s\u00a0](\d{1,2})[.)]$/.exec(body);
    if (!m || m.index === 0) continue;
    const following = new RegExp(`(?:^|\\s)${Number(m[1]) + 1}[.)]\\s`);
    if (!following.test(text.slice(cur.end, blockEnd))) continue;
    const markerStart = cur.start + m.index + 1;
    spans[i + 1].start = markerStart;
    const head = trimSpan(text, cur.start, markerStart);
    cur.end = head.end;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
