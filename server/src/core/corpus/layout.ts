// How a source file is laid out: whether its newlines end sentences (scraped articles, one
// paragraph per line) or are wraps (plain text wrapped at a fixed width), and where its
// paragraphs are.
import type { Span } from "../types";
import { lineShape } from "../text/blocks";
import { isBlank, splitLines, type LineSpan } from "../text/lines";

const TERMINAL = /[.!?…:;»"”)\]]$/;

interface Block {
  lines: LineSpan[];
}

/** Runs of non-blank lines. */
export function blankLineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of splitLines(text)) {
    if (isBlank(text, line.start, line.end)) {
      current = undefined;
      continue;
    }
    if (!current) blocks.push((current = { lines: [] }));
    current.lines.push(line);
  }
  return blocks;
}

/**
 * True for text wrapped at a fixed width: inside multi-line blocks, most lines (other than the
 * last of each block) are of similar, moderate length and stop mid-sentence.
 */
export function looksHardWrapped(text: string, blocks = blankLineBlocks(text)): boolean {
  let inner = 0;
  let wrapped = 0;
  for (const block of blocks) {
    for (const line of block.lines.slice(0, -1)) {
      const body = text.slice(line.start, line.end).trimEnd();
      inner++;
      if (body.length >= 30 && body.length <= 120 && !TERMINAL.test(body)) wrapped++;
    }
  }
  return inner >= 3 && wrapped >= 0.6 * inner;
}

/**
 * True for Markdown whose lines are paragraphs of their own (scraped articles saved as .md):
 * inside multi-line blocks, most lines that are not list items or headings are long or end a
 * sentence. Markdown is otherwise read with soft line breaks, as it renders.
 */
export function looksLinePerParagraph(text: string, original: string, blocks = blankLineBlocks(text)): boolean {
  let inner = 0;
  let full = 0;
  for (const block of blocks) {
    for (const line of block.lines.slice(0, -1)) {
      if (lineShape(original.slice(line.start, line.end)).kind !== "plain") continue;
      const body = text.slice(line.start, line.end).trim();
      inner++;
      if (body.length > 150 || TERMINAL.test(body)) full++;
    }
  }
  return inner >= 3 && full >= 0.6 * inner;
}

/**
 * Paragraph spans: blank-line blocks in wrapped text; otherwise every line, since a hard line
 * break ends a paragraph in scraped articles (one paragraph per line, blank lines or not).
 */
export function paragraphSpans(text: string, wrapped: boolean, blocks = blankLineBlocks(text)): Span[] {
  const spans: Span[] = [];
  for (const block of blocks) {
    if (wrapped) spans.push({ start: block.lines[0].start, end: block.lines[block.lines.length - 1].end });
    else for (const line of block.lines) spans.push({ start: line.start, end: line.end });
  }
  return spans;
}
