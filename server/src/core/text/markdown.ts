// Markdown drafts: a same-length mask that keeps only prose, and the writer's attest-ignore
// comments.
import type { Span } from "../types";
import { Masker } from "./mask";
import { maskCodeBlocks, maskFrontMatter, maskHtmlBlocks, maskLineMarkers } from "./markdownBlocks";
import { maskCodeSpans, maskInline } from "./markdownInline";

/**
 * The text with everything that is not prose replaced by spaces (front matter, code, comments,
 * HTML, URLs, e-mail addresses, link targets, images, block and emphasis markers). Same length,
 * line terminators kept: an offset in the mask is the same place in the original.
 */
export function maskMarkdown(text: string): string {
  const m = new Masker(text);
  maskFrontMatter(m, text);
  maskCodeBlocks(m, text);
  maskHtmlBlocks(m);
  const labels = maskLineMarkers(m);
  maskInline(m, labels);
  return m.text();
}

// `<!-- attest-ignore -->` silences the next sentence; `<!-- attest-ignore: 39 % -->` only that claim of it.
const IGNORE = /<!--\s*attest-ignore(?:\s*:[^\n]*?)?\s*-->/gi;
const IGNORE_CLAIM = /^<!--\s*attest-ignore\s*:\s*([^\n]*?)\s*-->$/i;
const IGNORE_START = /<!--\s*attest-ignore-start\s*-->/gi;
const IGNORE_END = /<!--\s*attest-ignore-end\s*-->/gi;

/** Spans of `<!-- attest-ignore -->` comments (the sentence after each is not checked). */
export function findIgnoreMarkers(text: string): Array<Span & { claim?: string }> {
  return matchesOutsideCode(text, IGNORE).map((m) => {
    const claim = IGNORE_CLAIM.exec(text.slice(m.start, m.end))?.[1];
    return claim ? { ...m, claim } : m;
  });
}

/** Whether a comment opened before `offset` is still open there (an inserted `-->` would close it). */
export function insideOpenComment(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.lastIndexOf("<!--") > before.lastIndexOf("-->");
}

/**
 * Regions from `<!-- attest-ignore-start -->` to the end of the matching
 * `<!-- attest-ignore-end -->` (or to the end of the text when it is missing).
 */
export function findIgnoreBlocks(text: string): Span[] {
  const starts = matchesOutsideCode(text, IGNORE_START);
  const ends = matchesOutsideCode(text, IGNORE_END);
  const blocks: Span[] = [];
  let from = 0;
  for (const start of starts) {
    if (start.start < from) continue; // a start inside an open region
    const end = ends.find((e) => e.start >= start.end);
    blocks.push({ start: start.start, end: end ? end.end : text.length });
    if (!end) break;
    from = end.end;
  }
  return blocks;
}

/** Matches of `re` that are not inside front matter, code blocks or code spans (where they are examples). */
function matchesOutsideCode(text: string, re: RegExp): Span[] {
  if (!text.includes("<!--")) return [];
  const m = new Masker(text);
  maskFrontMatter(m, text);
  maskCodeBlocks(m, text);
  maskCodeSpans(m);
  return [...m.text().matchAll(re)].map((hit) => ({ start: hit.index!, end: hit.index! + hit[0].length }));
}
