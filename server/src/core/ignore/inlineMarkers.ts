// Inline ignores written in a draft, in two forms. Markdown (and HTML) drafts use a comment:
// `<!-- attest-ignore -->` before a sentence silences it, `<!-- attest-ignore: 39 % -->` only that
// claim of it, and attest-ignore-start / -end a passage. Plain-text drafts have no comments, so they
// use a line marker: `// attest-ignore: 30 slots` at the end of a line (that line) or on a line of
// its own (the next line), and `// attest-ignore-start` / `// attest-ignore-end` lines. Both forms
// are read in every draft. The checker, the CLI, the editor's code actions and the Ignored Claims
// view all read them here.
import { maskCodeBlocks, maskFrontMatter } from "../text/markdownBlocks";
import { maskCodeSpans } from "../text/markdownInline";
import { Masker } from "../text/mask";
import type { Span } from "../types";

/** The marker the editor's "Ignore this claim" action writes before a sentence. */
const INLINE_IGNORE_MARKER = "<!-- attest-ignore -->";

/** An inline ignore: a comment before a sentence, or a line marker for the sentences on its target line. */
export type IgnoreMarker = Span & {
  /** The claim it names (only that claim is silenced); none: every claim of the sentence. */
  claim?: string;
  form: "comment" | "line";
  /** For a line marker: the line whose sentences it silences (its own line, or the next one). */
  target?: Span;
};

export interface IgnoreRegions {
  markers: IgnoreMarker[];
  blocks: Span[];
}

// `<!-- attest-ignore -->` silences the next sentence; `<!-- attest-ignore: 39 % -->` only that claim of it.
const IGNORE = /<!--\s*attest-ignore(?:\s*:[^\n]*?)?\s*-->/gi;
const IGNORE_CLAIM = /^<!--\s*attest-ignore\s*:\s*([^\n]*?)\s*-->$/i;
const IGNORE_START = /<!--\s*attest-ignore-start\s*-->/gi;
const IGNORE_END = /<!--\s*attest-ignore-end\s*-->/gi;
// `//` after a space or at a line start (never the `//` of a URL), then the keyword, not -start,
// -end or a longer word.
const LINE_IGNORE = /(?<=^|[ \t])\/\/[ \t]*attest-ignore(?![\w-])/gim;
const LINE_CLAIM = /^[ \t]*:[ \t]*([^\n\r]*?)[ \t]*$/;
const LINE_START = /^[ \t]*\/\/[ \t]*attest-ignore-start[ \t]*\r?$/gim;
const LINE_END = /^[ \t]*\/\/[ \t]*attest-ignore-end[ \t]*\r?$/gim;

/** Which inline form a draft is written in: a comment where its format has one, a line marker elsewhere. */
export function inlineIgnoreForm(languageId: string, uri = ""): IgnoreMarker["form"] {
  if (/^(markdown|mdx|html)$/i.test(languageId)) return "comment";
  return /\.(md|markdown|mdx|html?)$/i.test(uri.replace(/[?#].*$/, "")) ? "comment" : "line";
}

/**
 * The marker that silences one claim in a draft of that form, naming the claim when given one the
 * marker can hold (a comment's claim never holds `--` or `>`, a line marker's never `//` or a
 * comment delimiter, neither a line break); otherwise the plain marker.
 */
export function inlineIgnoreMarker(form: IgnoreMarker["form"], claim?: string): string {
  const named = claim?.trim();
  if (form === "comment") return named && !/--|>|\n|\r/.test(named) ? `<!-- attest-ignore: ${named} -->` : INLINE_IGNORE_MARKER;
  return named && !/\/\/|<!--|-->|\n|\r/.test(named) ? `// attest-ignore: ${named}` : "// attest-ignore";
}

/** Inline ignore markers of a draft, outside code, in text order. */
export function findIgnoreMarkers(text: string): IgnoreMarker[] {
  if (!/attest-ignore/i.test(text)) return [];
  const prose = withoutCode(text);
  const comments: IgnoreMarker[] = [...prose.matchAll(IGNORE)].map((hit) => {
    const span = { start: hit.index!, end: hit.index! + hit[0].length };
    const claim = IGNORE_CLAIM.exec(text.slice(span.start, span.end))?.[1];
    return claim ? { ...span, claim, form: "comment" } : { ...span, form: "comment" };
  });
  return [...comments, ...lineMarkers(prose)].sort((a, b) => a.start - b.start);
}

/** Line markers: each runs to the next marker of its line or to the line's end. */
function lineMarkers(prose: string): IgnoreMarker[] {
  const hits = [...prose.matchAll(LINE_IGNORE)].map((h) => h.index!);
  const markers: IgnoreMarker[] = [];
  hits.forEach((start, i) => {
    const lineStart = prose.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = endOfLine(prose, start);
    const next = hits[i + 1];
    const stop = next !== undefined && next < lineEnd ? next : lineEnd;
    const afterKeyword = start + /^\/\/[ \t]*attest-ignore/i.exec(prose.slice(start))![0].length;
    const rest = prose.slice(afterKeyword, stop);
    const claim = LINE_CLAIM.exec(rest)?.[1];
    if (claim === undefined && rest.trim() !== "") return; // `// attest-ignore because …` is not a marker
    const end = afterKeyword + rest.replace(/[ \t\r]+$/, "").length;
    // Text before the first marker of the line: the marker is about that line; otherwise the next line with prose.
    const first = hits.findIndex((h) => h >= lineStart);
    const ownLine = prose.slice(lineStart, hits[first]!).trim() === "";
    const target = ownLine ? nextProseLine(prose, lineEnd) : { start: lineStart, end: hits[first]! };
    markers.push(claim ? { start, end, claim, form: "line", target } : { start, end, form: "line", target });
  });
  return markers;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}

/** The first line after `from` (a line end) that holds something other than markers. */
function nextProseLine(prose: string, from: number): Span {
  let start = from + 1;
  while (start <= prose.length) {
    const end = endOfLine(prose, start);
    const line = prose.slice(start, end).replace(LINE_IGNORE_LINE, "");
    if (line.trim() !== "") return { start, end };
    start = end + 1;
  }
  return { start: prose.length, end: prose.length };
}
const LINE_IGNORE_LINE = /(?:^|[ \t])\/\/[ \t]*attest-ignore[^\n]*/i;

/** Whether a comment opened before `offset` is still open there (an inserted `-->` would close it). */
export function insideOpenComment(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.lastIndexOf("<!--") > before.lastIndexOf("-->");
}

/**
 * Regions from a start marker (`<!-- attest-ignore-start -->` or a `// attest-ignore-start` line)
 * to the end of the next end marker of either form (or to the end of the text when it is missing).
 */
export function findIgnoreBlocks(text: string): Span[] {
  if (!/attest-ignore-start/i.test(text)) return [];
  const prose = withoutCode(text);
  const spans = (re: RegExp) => [...prose.matchAll(re)].map((hit) => ({ start: hit.index!, end: hit.index! + hit[0].length }));
  const byStart = (a: Span, b: Span) => a.start - b.start;
  const starts = [...spans(IGNORE_START), ...spans(LINE_START)].sort(byStart);
  const ends = [...spans(IGNORE_END), ...spans(LINE_END)].sort(byStart);
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

/** The text with front matter, code blocks and code spans blanked (markers there are examples). */
function withoutCode(text: string): string {
  const m = new Masker(text);
  maskFrontMatter(m, text);
  maskCodeBlocks(m, text);
  maskCodeSpans(m);
  return m.text();
}

/**
 * Spans of the draft a writer asked Attest to leave alone: the sentences a marker points at, and
 * everything between attest-ignore-start and -end.
 */
export function ignoredRegions(text: string): IgnoreRegions {
  return { markers: findIgnoreMarkers(text), blocks: findIgnoreBlocks(text) };
}

/**
 * `masked` (a same-length mask of `text`) with the line markers and line block markers blanked
 * too: they are not prose, and the claim a marker names must not be checked as one.
 */
export function maskLineIgnoreMarkers(masked: string, text: string): string {
  if (!/\/\/[ \t]*attest-ignore/i.test(text)) return masked;
  const m = new Masker(masked);
  for (const marker of findIgnoreMarkers(text)) if (marker.form === "line") m.blank(marker.start, marker.end);
  for (const re of [LINE_START, LINE_END]) for (const hit of text.matchAll(re)) m.blank(hit.index!, hit.index! + hit[0].length);
  return m.text();
}

/** Whether a claim (`claim`: its text) of `sentence` is silenced by a block, a plain marker, or a marker naming it. */
export function isIgnored(text: string, sentence: Span, regions: IgnoreRegions, claim?: string): boolean {
  if (regions.blocks.some((b) => sentence.start >= b.start && sentence.start < b.end)) return true;
  const near = (m: IgnoreMarker) =>
    m.form === "line"
      ? sentence.start < m.target!.end && sentence.end > m.target!.start
      : (m.end <= sentence.start && text.slice(m.end, sentence.start).trim() === "") ||
        (m.start >= sentence.start && text.slice(sentence.start, m.start).trim() === "");
  return regions.markers.some((m) => near(m) && (m.claim === undefined || (claim !== undefined && sameClaim(m.claim, claim))));
}

/**
 * The inline ignores of a draft as the Ignored Claims view lists them: each marker, what to delete
 * to stop ignoring (the marker with the space before or after it; a marker's own line whole), and
 * the sentence text it is about.
 */
export function listInlineIgnores(text: string): Array<{ marker: Span; removal: Span; about: string; claim?: string }> {
  return findIgnoreMarkers(text).map((m) => {
    const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
    const lineEnd = endOfLine(text, m.end);
    let removal: Span;
    let about: string;
    if (m.form === "comment") {
      removal = { start: m.start, end: text[m.end] === " " ? m.end + 1 : m.end };
      about =
        text
          .slice(m.end)
          .trimStart()
          .split(/(?<=[.!?])\s|\n/)[0] ?? "";
    } else {
      const ownLine = text.slice(lineStart, m.start).trim() === "" && text.slice(m.end, lineEnd).trim() === "";
      removal = ownLine
        ? { start: lineStart, end: Math.min(text.length, lineEnd + 1) }
        : { start: m.start - (text.slice(lineStart, m.start).match(/[ \t]*$/)?.[0].length ?? 0), end: m.end };
      about = text.slice(m.target!.start, m.target!.end).trim();
    }
    return { marker: { start: m.start, end: m.end }, removal, about, ...(m.claim ? { claim: m.claim } : {}) };
  });
}

function sameClaim(a: string, b: string): boolean {
  const norm = (t: string) => t.normalize("NFC").replace(/\s+/gu, " ").trim();
  return norm(a) === norm(b);
}
