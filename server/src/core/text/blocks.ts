// Block structure of soft-wrapped text (Markdown drafts, hard-wrapped plain text): which lines
// start a new block, so that a sentence never runs from one list item, heading or table row
// into the next even though single newlines are only soft wraps.
import type { Span } from "../types";
import { isBlank, splitLines } from "./lines";

type LineKind = "heading" | "item" | "row" | "plain";

export interface LineShape {
  kind: LineKind;
  /** Number of `>` blockquote markers before the content. */
  quoteDepth: number;
  /** The number of an ordered list item ("3." → 3). */
  ordinal?: number;
}

const QUOTE_PREFIX = /^ {0,3}((?:>[ \t]?)*)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const ITEM = /^[ \t]*(?:[-*+•]|\d{1,9}[.)])(?:[ \t]|$)/;
const ROW = /^[ \t]*\|/;

/** Classifies one line by its leading Markdown markers. */
export function lineShape(line: string): LineShape {
  const quote = QUOTE_PREFIX.exec(line)![1];
  const quoteDepth = (quote.match(/>/g) ?? []).length;
  const rest = line.slice(QUOTE_PREFIX.exec(line)![0].length);
  let kind: LineKind = "plain";
  let ordinal: number | undefined;
  if (HEADING.test(rest)) kind = "heading";
  else if (ITEM.test(rest)) {
    kind = "item";
    const n = /^[ \t]*(\d+)/.exec(rest);
    if (n) ordinal = Number(n[1]);
  } else if (ROW.test(rest) || (rest.match(/\|/g) ?? []).length >= 2) kind = "row";
  return { kind, quoteDepth, ordinal };
}

/**
 * Blocks of text[from..to] for soft line breaks: runs of non-blank lines, cut before headings,
 * list items and table rows, after headings and rows, and where the blockquote depth changes.
 * `shapes` is read for the markers (the original Markdown when `text` is its mask, same offsets).
 */
export function softBlocks(text: string, from: number, to: number, shapes: string): Span[] {
  const blocks: Span[] = [];
  let current: Span | undefined;
  let previous: LineShape | undefined;
  let currentIsItem = false;
  for (const line of splitLines(text, from, to)) {
    if (isBlank(text, line.start, line.end)) {
      current = undefined;
      continue;
    }
    const shape = lineShape(shapes.slice(line.start, line.end));
    // Only "1." may interrupt a paragraph: "…depuis\n2019. Il…" is a wrapped sentence.
    if (shape.ordinal !== undefined && shape.ordinal !== 1 && current && previous?.kind === "plain" && !currentIsItem) {
      shape.kind = "plain";
    }
    const startsBlock =
      !current ||
      !previous ||
      shape.kind !== "plain" ||
      previous.kind === "heading" ||
      previous.kind === "row" ||
      shape.quoteDepth !== previous.quoteDepth;
    if (startsBlock) {
      current = { start: line.start, end: line.end };
      currentIsItem = shape.kind === "item";
      blocks.push(current);
    } else {
      current!.end = line.end;
    }
    previous = shape;
  }
  return blocks;
}

/** Blocks for hard line breaks: every non-blank line. */
export function hardBlocks(text: string, from: number, to: number): Span[] {
  const blocks: Span[] = [];
  for (const line of splitLines(text, from, to)) {
    if (!isBlank(text, line.start, line.end)) blocks.push({ start: line.start, end: line.end });
  }
  return blocks;
}
