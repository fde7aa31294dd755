// Inline ignores written in a draft: `<!-- attest-ignore -->` before a sentence silences it,
// `<!-- attest-ignore: 39 % -->` only that claim of it, and attest-ignore-start / -end a passage.
// The checker, the CLI and the editor's code actions all read them here.
import { maskCodeBlocks, maskFrontMatter } from "../text/markdownBlocks";
import { maskCodeSpans } from "../text/markdownInline";
import { Masker } from "../text/mask";
import type { Span } from "../types";

/** The marker the editor's "Ignore this claim" action writes before a sentence. */
export const INLINE_IGNORE_MARKER = "<!-- attest-ignore -->";

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

/**
 * Spans of the draft a writer asked Attest to leave alone: the sentence right after an
 * `<!-- attest-ignore -->` comment, and everything between attest-ignore-start and -end.
 */
export function ignoredRegions(text: string): { markers: Array<Span & { claim?: string }>; blocks: Span[] } {
  return { markers: findIgnoreMarkers(text), blocks: findIgnoreBlocks(text) };
}

/** Whether a claim (`claim`: its text) of `sentence` is silenced by a block, a plain marker, or a marker naming it. */
export function isIgnored(
  text: string,
  sentence: Span,
  regions: { markers: Array<Span & { claim?: string }>; blocks: Span[] },
  claim?: string,
): boolean {
  if (regions.blocks.some((b) => sentence.start >= b.start && sentence.start < b.end)) return true;
  const near = (m: Span) =>
    (m.end <= sentence.start && text.slice(m.end, sentence.start).trim() === "") ||
    (m.start >= sentence.start && text.slice(sentence.start, m.start).trim() === "");
  return regions.markers.some((m) => near(m) && (m.claim === undefined || (claim !== undefined && sameClaim(m.claim, claim))));
}

function sameClaim(a: string, b: string): boolean {
  const norm = (t: string) => t.normalize("NFC").replace(/\s+/gu, " ").trim();
  return norm(a) === norm(b);
}
